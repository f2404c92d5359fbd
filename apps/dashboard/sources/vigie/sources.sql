-- Les sources de données déclarées, avec ce que le registre en sait (dates et nombres en français).
select
    row_number() over () as ordre,
    *,
    coalesce(vigie_date(dernier_extrait), 'aucun') as dernier_extrait_texte,
    coalesce(vigie_date(attendu_le), '') as attendu_le_texte,
    vigie_date(situation_au) as situation_au_texte,
    vigie_nombre(coalesce(lignes_chargees, 0), 0) as lignes_chargees_texte,
    vigie_nombre(coalesce(lignes_rejetees, 0), 0) as lignes_rejetees_texte,
    case fraicheur
        when 'a_jour' then 'à jour'
        when 'en_retard' then 'en retard'
        when 'jamais_recu' then 'jamais reçue'
        when 'non_suivie' then 'non suivie (référentiel)'
        else replace(fraicheur, '_', ' ')
    end as fraicheur_texte
from read_parquet('sources/vigie/sources.parquet')
