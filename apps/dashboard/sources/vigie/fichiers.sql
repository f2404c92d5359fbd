-- Le registre des fichiers reçus, dates en français.
select
    *,
    strftime(arrived_at, '%d/%m/%Y %H:%M') as arrive_le_texte,
    coalesce(strftime(extract_date, '%d/%m/%Y'), '') as date_extrait_texte
from read_parquet('sources/vigie/fichiers.parquet')
