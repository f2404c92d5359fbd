-- Publication : fichiers.parquet, tel quel.
select * from read_parquet('sources/vigie/fichiers.parquet')
