-- Publication : alertes.parquet, tel quel.
select * from read_parquet('sources/vigie/alertes.parquet')
