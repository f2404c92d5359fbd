-- Les territoires : zones (EPCI), départements, régions, France ; population en français.
select *, vigie_nombre(population, 0) as population_texte
from read_parquet('sources/vigie/territoires.parquet')
