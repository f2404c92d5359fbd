-- Le journal des exécutions (heures de Paris), dates en français. L'exécution qui a écrit cette
-- publication était encore en cours quand elle l'a écrite : elle est dite telle.
select
    e.*,
    strftime(e.started_at, '%d/%m/%Y %H:%M:%S') as debut_texte,
    coalesce(strftime(e.ended_at, '%d/%m/%Y %H:%M:%S'), '') as fin_texte,
    coalesce(vigie_date(e.as_of), '') as jusqu_au_texte,
    case when e.status = 'en_cours' and e.run_id = m.run_id then 'a produit cette publication' else vigie_statut(e.status) end as statut_texte
from read_parquet('sources/vigie/executions.parquet') e
left join read_parquet('sources/vigie/meta.parquet') m on true
