-- Les types d'alerte (un par règle de Vigie), dans l'ordre de lecture.
select * from read_parquet('sources/vigie/alertes_types.parquet')
