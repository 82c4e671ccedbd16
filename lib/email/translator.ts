import { createTranslator } from 'next-intl';
import pl from '@/messages/pl.json';

/** E-mails go out in Polish, the language of the city hall's correspondence. */
export const emailTranslator = () => createTranslator({ locale: 'pl', messages: pl, namespace: 'Email' });
export type EmailTranslator = ReturnType<typeof emailTranslator>;

export const roleTranslator = () => createTranslator({ locale: 'pl', messages: pl, namespace: 'Roles' });

/** The e-mails about opinions on the programme's assumptions. */
export const opinionEmailTranslator = () => createTranslator({ locale: 'pl', messages: pl, namespace: 'OpinionEmails' });
export type OpinionEmailTranslator = ReturnType<typeof opinionEmailTranslator>;

/** The e-mails to people who signed up for an open meeting. */
export const signupEmailTranslator = () => createTranslator({ locale: 'pl', messages: pl, namespace: 'SignupEmails' });
export type SignupEmailTranslator = ReturnType<typeof signupEmailTranslator>;
/** The e-mail to a department about talks an organisation was invited to. */
export const followUpEmailTranslator = () => createTranslator({ locale: 'pl', messages: pl, namespace: 'FollowUpEmails' });
export type FollowUpEmailTranslator = ReturnType<typeof followUpEmailTranslator>;
