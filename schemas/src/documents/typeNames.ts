// `condition` and `treatment` refer to each other. Importing each other's definitions would be an
// import cycle (and a temporal-dead-zone error at load), so both take their names from here.
export const conditionTypeName = 'condition'
export const treatmentTypeName = 'treatment'
