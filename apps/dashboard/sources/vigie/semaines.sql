-- L'historique hebdomadaire que les pages tracent, une ligne par semaine complète : au niveau
-- national, chaque indicateur (courbe de sa fiche) ; pour une région ou une zone, ses chiffres clés
-- (ordre_cle, déclarés par les définitions) et, pour une zone, le besoin face au réalisé (role_besoin
-- realise : les journées réalisées ; couverture : son dénominateur est le besoin de la semaine en
-- journées). Les valeurs des périodes courantes sont dans valeurs.sql ; tout le reste dans vigie export.
select
    v.indicateur,
    v.libelle,
    v.ordre_cle,
    v.role_besoin,
    v.genre,
    v.periode,
    cast(v.date_debut as date) as date_debut,
    v.niveau,
    v.code_geo,
    v.valeur,
    v.statut,
    v.denominateur,
    -- la valeur en pourcentage (0 à 100) pour les parts, telle quelle sinon ; null si masquée
    case when v.statut = 'secret' then null when v.genre = 'part' then v.valeur * 100 else v.valeur end as valeur_affichee,
    vigie_valeur(v.genre, v.valeur, v.statut) as valeur_texte,
    'semaine ' || cast(cast(split_part(v.periode, '-S', 2) as integer) as varchar) as periode_libelle,
    vigie_date(v.date_debut) as date_debut_texte,
    vigie_date(v.date_fin) as date_fin_texte
from vigie_valeurs_publiees() v
where v.type_periode = 'semaine'
    and (v.niveau = 'national' or (v.ordre_cle is not null and v.niveau in ('region', 'zone'))
        -- le besoin de chaque zone, semaine par semaine (page de la zone : réalisé face au besoin)
        or (v.niveau = 'zone' and v.role_besoin in ('realise', 'couverture')))
order by v.niveau, v.code_geo, v.indicateur, v.date_debut
