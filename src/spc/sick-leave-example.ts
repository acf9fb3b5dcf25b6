// 24 months of sick-leave percentages for one unit: a year before a measure and
// a year after it. Made up for the tests and the tool's example, with round
// numbers so that the expected chart can be checked by hand (see charts.test.ts).
export const sickLeaveExample = `Måned\tSykefravær %
jan 2022\t8,4
feb 2022\t7,9
mar 2022\t8,6
apr 2022\t8,1
mai 2022\t8,8
jun 2022\t8,2
jul 2022\t7,8
aug 2022\t8,5
sep 2022\t8,0
okt 2022\t8,7
nov 2022\t8,0
des 2022\t8,6
jan 2023\t7,9
feb 2023\t7,6
mar 2023\t8,0
apr 2023\t7,4
mai 2023\t7,7
jun 2023\t7,2
jul 2023\t7,5
aug 2023\t7,1
sep 2023\t6,6
okt 2023\t7,3
nov 2023\t7,0
des 2023\t7,4`;
