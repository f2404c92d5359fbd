-- Les étapes des exécutions (heures de Paris), dates et durées en français. L'étape de
-- publication de l'exécution qui a écrit cette publication était en cours à ce moment-là.
select
    s.*,
    strftime(s.started_at, '%d/%m/%Y %H:%M:%S') as debut_texte,
    case
        when s.ended_at is null then ''
        else vigie_nombre(epoch(s.ended_at) - epoch(s.started_at), 1) || chr(160) || 's'
    end as duree_texte,
    case when s.status = 'en_cours' and s.run_id = m.run_id then 'en cours (cette publication)' else vigie_statut(s.status) end as statut_texte
from read_parquet('sources/vigie/etapes.parquet') s
left join read_parquet('sources/vigie/meta.parquet') m on true
