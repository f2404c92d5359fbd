-- D'où vient chaque chiffre : les fichiers d'entrée de chaque indicateur publié, par SHA-256
-- (lignage.parquet ; docs/audit.md).
select
    run_id, indicateur, version, source, fichier, file_id as sha256,
    case statut when 'charge' then 'chargé' when 'charge_avec_rejets' then 'chargé avec rejets' else statut end as statut_texte,
    coalesce(vigie_date(date_extrait), '') as date_extrait_texte,
    lignes_chargees, lignes_rejetees,
    vigie_nombre(lignes_chargees, 0) as lignes_chargees_texte, vigie_nombre(lignes_rejetees, 0) as lignes_rejetees_texte
from read_parquet('sources/vigie/lignage.parquet')
