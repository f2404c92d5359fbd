-- Les étapes des exécutions, dates et durées en français.
select
    *,
    strftime(started_at, '%d/%m/%Y %H:%M:%S') as debut_texte,
    case
        when ended_at is null then ''
        else translate(format('{:,.1f}', epoch(ended_at) - epoch(started_at)), ',.', chr(160) || ',') || ' s'
    end as duree_texte
from read_parquet('sources/vigie/etapes.parquet')
