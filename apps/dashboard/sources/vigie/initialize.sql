-- Macros de mise en forme française, définies une fois pour toutes les requêtes de la source
-- « vigie » (le connecteur DuckDB d'Evidence exécute ce fichier avant chaque requête).
-- Nombres : « 1 234 », « 61,5 » (espace insécable) ; parts : « 12,3 % » ; euros : « 1 200 € ».

create or replace macro vigie_nombre(x, decimales) as
    translate(format('{:,.' || decimales || 'f}', cast(x as double)), ',.', chr(160) || ',');

-- Le genre d'un indicateur, d'après l'unité de sa fiche : « part » (proportion de 0 à 1),
-- « euros » ou « nombre ».
create or replace macro vigie_genre(unite) as
    case
        when unite = '%' then 'part'
        when unite = '€' then 'euros'
        else 'nombre'
    end;

-- La valeur telle qu'une personne la lit ; une valeur masquée n'est jamais 0.
create or replace macro vigie_valeur(genre, valeur, statut) as
    case
        when statut = 'secret' then 'secret statistique'
        when valeur is null then 'sans données'
        when genre = 'part' then vigie_nombre(valeur * 100, 1) || chr(160) || '%'
        when genre = 'euros' and abs(valeur) < 100 and valeur <> round(valeur) then vigie_nombre(valeur, 2) || chr(160) || '€'
        when genre = 'euros' then vigie_nombre(valeur, 0) || chr(160) || '€'
        when valeur = round(valeur) then vigie_nombre(valeur, 0)
        else vigie_nombre(valeur, 1)
    end;

-- L'écart entre deux valeurs, signé (« +17,0 », « −3 », « +2,5 pt » pour une part, « +400 € »),
-- suivi de l'écart relatif pour un nombre (« +504 (+69 %) ») ; vide si l'une des deux manque.
create or replace macro vigie_ecart(genre, valeur, precedente, statut, statut_precedent) as
    case
        when valeur is null or precedente is null or statut = 'secret' or statut_precedent = 'secret' then null
        else
            (case when valeur > precedente then '+' when valeur < precedente then '−' else '' end)
            || case
                when genre = 'part' then vigie_nombre(abs(valeur - precedente) * 100, 1) || chr(160) || 'pt'
                when genre = 'euros' then vigie_nombre(abs(valeur - precedente), 0) || chr(160) || '€'
                when valeur = round(valeur) and precedente = round(precedente) then vigie_nombre(abs(valeur - precedente), 0)
                else vigie_nombre(abs(valeur - precedente), 1)
            end
            || case
                when genre <> 'part' and precedente > 0 and valeur <> precedente
                    then ' (' || (case when valeur > precedente then '+' else '−' end)
                        || vigie_nombre(abs(valeur - precedente) / precedente * 100, 0) || chr(160) || '%)'
                else ''
            end
    end;

create or replace macro vigie_date(d) as strftime(d, '%d/%m/%Y');

create or replace macro vigie_mois(d) as
    (['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
      'septembre', 'octobre', 'novembre', 'décembre'])[month(d)] || ' ' || year(d);

-- Le statut d'une exécution ou d'une étape du journal (ledger.runs, ledger.run_steps), en
-- français : les seuls que le pipeline écrit (pipelines/src/runner/runLedger.ts).
create or replace macro vigie_statut(statut) as
    case statut
        when 'reussie' then 'réussie'
        when 'echec' then 'échec'
        when 'interrompue' then 'interrompue'
        when 'en_cours' then 'en cours'
        else statut
    end;

-- Les valeurs publiées, dernière version de chaque indicateur, avec leur fiche (libellé, thème,
-- ordre du catalogue, ordre_cle, role_besoin) et leur genre : lues par valeurs.sql (périodes courantes) et
-- semaines.sql (l'historique hebdomadaire). Chemins relatifs au dossier apps/dashboard.
create or replace macro vigie_valeurs_publiees() as table
    with catalogue as (
        select id as indicateur, version, libelle, theme, unite, ordre_cle, role_besoin, row_number() over () as ordre
        from read_parquet('sources/vigie/indicateurs.parquet')
    ),
    valeurs as (
        select *
        from read_parquet('sources/vigie/valeurs.parquet')
        qualify row_number() over (
            partition by indicateur, type_periode, periode, niveau, code_geo order by version desc
        ) = 1
    )
    select v.*, c.libelle, c.theme, c.ordre, c.ordre_cle, c.role_besoin, vigie_genre(c.unite) as genre
    from valeurs v
    left join catalogue c on c.indicateur = v.indicateur and c.version = v.version;
