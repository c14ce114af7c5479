// A demo account as the start-up notes list it: who signs in, as what, for what.
export interface DemoAccount {
  username: string;
  role: string;
  description: string;
}
