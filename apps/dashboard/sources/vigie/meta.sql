-- La publication : exécution, date de publication (heure de Paris), dernière semaine complète
-- (« semaine 41 de 2025 », du lundi au dimanche), démonstration ou non.
select
    *,
    strftime(publie_le, '%d/%m/%Y à %H:%M') as publie_le_texte,
    'semaine ' || cast(cast(split_part(derniere_semaine, '-S', 2) as integer) as varchar)
        || ' de ' || split_part(derniere_semaine, '-S', 1) as derniere_semaine_libelle,
    vigie_date(cast(date_fin_derniere_semaine as date) - interval 6 day) as debut_derniere_semaine_texte,
    vigie_date(cast(date_fin_derniere_semaine as date)) as fin_derniere_semaine_texte
from read_parquet('sources/vigie/meta.parquet')
