import 'react';

// HTML's invoker commands (a button opens or closes a dialog without a script), which React's
// types do not list yet; React passes the attributes through as they are.
declare module 'react' {
  interface ButtonHTMLAttributes<T> {
    command?: 'show-modal' | 'close';
    commandfor?: string;
  }
}
