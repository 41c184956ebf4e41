import { repository } from './site.ts';

export interface Repository {
  owner: string;
  name: string;
  branch: string;
}

const base = (repo: Repository) =>
  `https://github.com/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
const filePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * GitHub answers 414 for very long addresses, and some proxies cut earlier; past this length the
 * form offers the file as a download instead of putting it in the address.
 */
export const maxSafeUrlLength = 8000;

/** GitHub's «create new file» page in `dir`, with the name and text filled in. */
export function newFileUrl(dir: string, filename: string, value: string, repo: Repository = repository): string {
  const query = new URLSearchParams({ filename, value }).toString().replace(/\+/g, '%20');
  return `${base(repo)}/new/${encodeURIComponent(repo.branch)}/${filePath(dir)}?${query}`;
}

/** The same page with only the file name, for pasting a downloaded or copied file. */
export function emptyNewFileUrl(dir: string, filename: string, repo: Repository = repository): string {
  return `${base(repo)}/new/${encodeURIComponent(repo.branch)}/${filePath(dir)}?filename=${encodeURIComponent(filename)}`;
}

/** GitHub's web editor for a file; for someone without write access it proposes the change from a fork. */
export function editFileUrl(path: string, repo: Repository = repository): string {
  return `${base(repo)}/edit/${encodeURIComponent(repo.branch)}/${filePath(path)}`;
}

export function fileHistoryUrl(path: string, repo: Repository = repository): string {
  return `${base(repo)}/commits/${encodeURIComponent(repo.branch)}/${filePath(path)}`;
}

export function issueFormUrl(template: string, repo: Repository = repository): string {
  return `${base(repo)}/issues/new?template=${encodeURIComponent(template)}`;
}

export function repositoryUrl(repo: Repository = repository): string {
  return base(repo);
}

/** GitHub's page for choosing among the repository's issue forms: the site's general feedback route. */
export function issueChooserUrl(repo: Repository = repository): string {
  return `${base(repo)}/issues/new/choose`;
}
