-- Le texte complet de chaque version de chaque définition (SQL, paramètres, règle de secret).
select id, version, empreinte, sql, parametres, secret
from read_parquet('sources/vigie/indicateurs_versions.parquet')
