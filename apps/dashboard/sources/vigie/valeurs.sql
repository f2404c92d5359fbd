-- Les valeurs publiées des périodes courantes (dernière version de chaque indicateur : la macro
-- vigie_valeurs_publiees d'initialize.sql), avec ce qu'une personne lit, mis en forme ici une fois
-- pour toutes (macros de initialize.sql) : la page n'a plus qu'à choisir.
--   valeur_texte       « 1 234 », « 61,5 », « 80,0 % », « 1 200 € », « secret statistique »
--   ecart_texte        l'écart à la période précédente (« +504 (+69 %) », « +20,0 pt »)
--   periode_libelle    « semaine 41 », « novembre 2026 », « depuis le lancement »
--   ordre_cle          rang des chiffres clés (catalogue publié ; null pour les autres indicateurs)
--   role_besoin        rôle dans le panneau du besoin (catalogue publié : besoin, realise, couverture…)
-- Seules les périodes courantes (la dernière semaine complète, son mois jusqu'à elle, le cumul à sa
-- fin), partout : l'historique hebdomadaire est dans semaines.sql, le reste dans vigie export.
-- Chemins relatifs au dossier apps/dashboard (dossier de travail d'Evidence).
with meta as (
    select derniere_semaine, cast(date_fin_derniere_semaine as date) as fin
    from read_parquet('sources/vigie/meta.parquet')
),

precedentes as (
    select
        v.*,
        lag(v.valeur) over w as valeur_precedente,
        lag(v.statut) over w as statut_precedent,
        lag(v.periode) over w as periode_precedente
    from vigie_valeurs_publiees() v
    where v.type_periode <> 'cumul' or v.date_fin = (select fin from meta)
    window w as (partition by v.indicateur, v.type_periode, v.niveau, v.code_geo order by v.date_debut, v.date_fin)
)

select
    p.indicateur,
    p.version,
    p.libelle,
    p.theme,
    p.ordre,
    p.ordre_cle,
    p.role_besoin,
    p.type_periode,
    p.periode,
    cast(p.date_debut as date) as date_debut,
    cast(p.date_fin as date) as date_fin,
    p.niveau,
    p.code_geo,
    p.valeur,
    p.statut,
    p.run_id,
    p.genre,
    p.valeur_precedente,
    -- la valeur en pourcentage (0 à 100) pour les parts, telle quelle sinon ; null si masquée
    case when p.statut = 'secret' then null when p.genre = 'part' then p.valeur * 100 else p.valeur end as valeur_affichee,
    case
        when p.statut = 'secret' or p.statut_precedent = 'secret' then null
        when p.genre = 'part' then (p.valeur - p.valeur_precedente) * 100
        else p.valeur - p.valeur_precedente
    end as evolution,
    vigie_valeur(p.genre, p.valeur, p.statut) as valeur_texte,
    case when p.periode_precedente is not null then vigie_valeur(p.genre, p.valeur_precedente, p.statut_precedent) end
        as valeur_precedente_texte,
    -- un mois commencé ne se compare pas en volume au mois complet qui le précède (seules les parts)
    case
        when p.type_periode = 'mois' and p.date_fin < last_day(p.date_debut) and p.genre <> 'part' then null
        else vigie_ecart(p.genre, p.valeur, p.valeur_precedente, p.statut, p.statut_precedent)
    end as ecart_texte,
    case p.type_periode
        when 'semaine' then 'semaine ' || cast(cast(split_part(p.periode, '-S', 2) as integer) as varchar)
        when 'mois' then vigie_mois(p.date_debut)
            || case when p.date_fin < last_day(p.date_debut) then ' (au ' || vigie_date(p.date_fin) || ')' else '' end
        else 'depuis le lancement (au ' || vigie_date(p.date_fin) || ')'
    end as periode_libelle,
    case when p.type_periode = 'mois' then vigie_mois(p.date_debut - interval 1 month) end as mois_precedent_libelle,
    vigie_date(p.date_debut) as date_debut_texte,
    vigie_date(p.date_fin) as date_fin_texte
from precedentes p
cross join meta m
where (p.type_periode = 'semaine' and p.periode = m.derniere_semaine)
    or (p.type_periode = 'mois' and m.fin between p.date_debut and p.date_fin)
    or (p.type_periode = 'cumul' and p.date_fin = m.fin)
