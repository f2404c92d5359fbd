-- Le registre des fichiers reçus (heures de Paris), dates et statut en français.
select
    *,
    strftime(arrived_at, '%d/%m/%Y %H:%M') as arrive_le_texte,
    coalesce(vigie_date(extract_date), '') as date_extrait_texte,
    case status
        when 'charge' then 'chargé'
        when 'charge_avec_rejets' then 'chargé avec rejets'
        when 'rejete' then 'rejeté'
        when 'ignore' then 'ignoré (aucune source)'
        when 'doublon' then 'doublon'
        else replace(status, '_', ' ')
    end as statut_texte
from read_parquet('sources/vigie/fichiers.parquet')
