-- Les territoires : zones (EPCI), départements, régions, France.
select * from read_parquet('sources/vigie/territoires.parquet')
