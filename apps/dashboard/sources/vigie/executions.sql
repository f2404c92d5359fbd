-- Le journal des exécutions, dates en français (une exécution en cours n'a pas encore de fin).
select
    *,
    strftime(started_at, '%d/%m/%Y %H:%M:%S') as debut_texte,
    coalesce(strftime(ended_at, '%d/%m/%Y %H:%M:%S'), '') as fin_texte,
    coalesce(strftime(as_of, '%d/%m/%Y'), '') as jusqu_au_texte
from read_parquet('sources/vigie/executions.parquet')
