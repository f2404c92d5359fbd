-- Les valeurs publiées (dernière version de chaque indicateur), avec ce qu'une personne lit :
-- la valeur en français (« 1 234 », « 61,5 », « 80,0 % », « 1 200 € », « secret statistique »),
-- la période (« semaine 41 »), et la valeur de la période précédente pour les évolutions.
-- Chemins relatifs au dossier apps/dashboard (dossier de travail d'Evidence).
with valeurs as (
    select *
    from read_parquet('sources/vigie/valeurs.parquet')
    qualify row_number() over (
        partition by indicateur, type_periode, periode, niveau, code_geo order by version desc
    ) = 1
),

unites as (
    select id, version, unite from read_parquet('sources/vigie/indicateurs.parquet')
),

typees as (
    select
        v.*,
        case
            when lower(coalesce(u.unite, '')) in ('%', 'ratio', 'part', 'taux', 'proportion')
                or v.indicateur like 'taux\_%' escape '\' or v.indicateur like 'part\_%' escape '\' then 'part'
            when lower(coalesce(u.unite, '')) in ('€', 'eur', 'euros') or v.indicateur like '%\_eur' escape '\' then 'euros'
            else 'nombre'
        end as genre
    from valeurs v
    left join unites u on u.id = v.indicateur and u.version = v.version
),

precedentes as (
    select
        *,
        lag(valeur) over (
            partition by indicateur, type_periode, niveau, code_geo order by date_debut, date_fin
        ) as valeur_precedente,
        lag(statut) over (
            partition by indicateur, type_periode, niveau, code_geo order by date_debut, date_fin
        ) as statut_precedent
    from typees
)

select
    indicateur,
    version,
    type_periode,
    periode,
    cast(date_debut as date) as date_debut,
    cast(date_fin as date) as date_fin,
    niveau,
    code_geo,
    valeur,
    numerateur,
    denominateur,
    statut,
    run_id,
    genre,
    valeur_precedente,
    statut_precedent,
    -- la valeur en pourcentage (0 à 100) pour les parts, telle quelle sinon
    case when genre = 'part' then valeur * 100 else valeur end as valeur_affichee,
    case
        when genre = 'part' then (valeur - valeur_precedente) * 100
        else valeur - valeur_precedente
    end as evolution,
    case
        when statut = 'secret' then 'secret statistique'
        when valeur is null then 'sans données'
        when genre = 'part' then translate(format('{:,.1f}', valeur * 100), ',.', chr(160) || ',') || chr(160) || '%'
        when genre = 'euros' and abs(valeur) < 100 then translate(format('{:,.2f}', valeur), ',.', chr(160) || ',') || chr(160) || '€'
        when genre = 'euros' then translate(format('{:,.0f}', valeur), ',.', chr(160) || ',') || chr(160) || '€'
        when valeur = round(valeur) then translate(format('{:,.0f}', valeur), ',.', chr(160) || ',')
        else translate(format('{:,.1f}', valeur), ',.', chr(160) || ',')
    end as valeur_texte,
    case type_periode
        when 'semaine' then 'semaine ' || cast(cast(split_part(periode, '-S', 2) as integer) as varchar)
        when 'mois' then
            (['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
              'septembre', 'octobre', 'novembre', 'décembre'])[month(date_debut)] || ' ' || year(date_debut)
        else 'au ' || strftime(date_fin, '%d/%m/%Y')
    end as periode_libelle,
    -- the year too: over more than a year, S41 of 2025 and S41 of 2026 are two points of the axis
    case when type_periode = 'semaine' then 'S' || split_part(periode, '-S', 2) || ' ' || split_part(periode, '-S', 1) end as semaine_courte,
    strftime(date_debut, '%d/%m/%Y') as date_debut_texte,
    strftime(date_fin, '%d/%m/%Y') as date_fin_texte
from precedentes
