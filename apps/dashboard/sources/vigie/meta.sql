-- La publication : exécution, date de publication, dernière semaine complète, démonstration ou non.
select
    *,
    strftime(publie_le, '%d/%m/%Y à %H:%M') as publie_le_texte,
    'semaine ' || cast(cast(split_part(derniere_semaine, '-S', 2) as integer) as varchar)
        || ' de ' || split_part(derniere_semaine, '-S', 1) as derniere_semaine_libelle
from read_parquet('sources/vigie/meta.parquet')
