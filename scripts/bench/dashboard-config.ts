// Shared by the bench:dashboard data generator and the measuring script.
/** The year the generated data is in season for; the seed's years are 2022 and 2023. */
export const benchYear = 2024;
export const benchReviewer = { login: "shenhe", password: "Fazhi@2023" };
