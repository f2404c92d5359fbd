-- L'historique des versions de chaque indicateur (date en français).
select id, version, date, vigie_date(date) as date_texte, changement
from read_parquet('sources/vigie/indicateurs_historique.parquet')
