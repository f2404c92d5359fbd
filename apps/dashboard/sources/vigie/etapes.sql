-- Publication : etapes.parquet, tel quel.
select * from read_parquet('sources/vigie/etapes.parquet')
