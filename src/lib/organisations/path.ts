/** The page of an organisation (until the site has one paths module, the one place this is written). */
export const organisationPath = (id: string) => `/aktorer/${id}/`;
