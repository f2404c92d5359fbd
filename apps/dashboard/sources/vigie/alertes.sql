-- Les alertes de la publication, date en français.
select *, coalesce(strftime(date, '%d/%m/%Y'), '') as date_texte
from read_parquet('sources/vigie/alertes.parquet')
