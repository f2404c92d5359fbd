-- Publication : executions.parquet, tel quel.
select * from read_parquet('sources/vigie/executions.parquet')
