-- Publication : rejets.parquet, tel quel.
select * from read_parquet('sources/vigie/rejets.parquet')
