-- Le catalogue des indicateurs (fiches), listes rendues en texte (« zone, departement »).
select
    id,
    version,
    libelle,
    definition,
    unite,
    numerateur,
    denominateur,
    regexp_replace(cast(niveaux as varchar), '^\[|\]$', '', 'g') as niveaux,
    regexp_replace(cast(sources as varchar), '^\[|\]$', '', 'g') as sources,
    limites
from read_parquet('sources/vigie/indicateurs.parquet')
