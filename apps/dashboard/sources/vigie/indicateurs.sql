-- Le catalogue des indicateurs (fiches), dans l'ordre du catalogue ; listes rendues en texte.
select
    row_number() over () as ordre,
    id,
    version,
    theme,
    libelle,
    definition,
    case type when 'comptage' then 'comptage' when 'ratio' then 'ratio' else type end as type,
    unite,
    numerateur,
    denominateur,
    echelle,
    array_to_string(periodicites, ', ') as periodicites,
    array_to_string(niveaux, ', ') as niveaux,
    array_to_string(sources, ', ') as sources,
    array_to_string(depend_de, ', ') as depend_de,
    secret,
    limites,
    sql,
    -- ce que le tableau de bord en fait, déclaré par la définition (`dashboard`) : rang parmi les
    -- chiffres clés, rang parmi les colonnes des tableaux des territoires, classe les zones, rôle dans
    -- le panneau du besoin
    ordre_cle,
    ordre_tableau,
    coalesce(classe_zones, false) as classe_zones,
    role_besoin
from read_parquet('sources/vigie/indicateurs.parquet')
