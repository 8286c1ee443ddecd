import { plural } from './plural';
import type { PortalCopy } from './portal-copy';

const frequency = { weekly: 'weekly', biweekly: 'fortnightly', monthly: 'monthly' } as const;

export const en: PortalCopy = {
  lang: 'en',
  siteName: 'Your account',
  lender: {
    contactHeading: 'Questions? Contact us',
    phone: 'Phone',
    email: 'Email',
    hours: 'Opening hours',
    licence: (number) => `Licence ${number}`,
    privacy: 'How we use your information',
  },
  skipToContent: 'Skip to content',
  languageLabel: 'Language',
  backHome: 'Back to your account',
  privateNotice: 'This page is just for you. Please do not share the link.',
  home: {
    title: 'Your account',
    greeting: (name) => `Hi ${name}`,
    balanceHeading: 'What is due',
    amountDue: 'Amount due',
    dueDate: 'Due date',
    daysPastDue: (days) => plural('en', days, { one: '# day overdue', other: '# days overdue' }),
    actionsHeading: 'What would you like to do?',
    pay: 'Pay now',
    agreedHeading: 'What you agreed',
    promised: (date, amount) => `You promised to pay ${amount} on ${date}.`,
    paymentPending: (amount) =>
      `Your payment of ${amount} is in progress. We will update this page when it arrives.`,
    changePromise: 'Change the date or amount',
    cancelPromise: 'Cancel this promise',
    planAgreed: (count) =>
      plural('en', count, {
        one: 'You chose to pay in # instalment.',
        other: 'You chose to pay in # instalments.',
      }),
    nextInstalment: (amount, date) => `Next instalment: ${amount} on ${date}.`,
    hardshipPending: (date) =>
      `We received your request of ${date}. A person from our team is looking at it.`,
    hardshipReviewed: (date) => `Our team has finished looking at your request of ${date}.`,
    promise: 'Choose a date to pay',
    plan: 'Pay in smaller parts',
    lesson: (title) => `Read: ${title}`,
    hardship: 'Ask for a pause or tell us about a hardship',
    preferences: 'Choose how we contact you',
    reassurance: 'You can do all of this here, at your own pace. Nobody will call you about it.',
    reassuranceMayCall:
      'You can do all of this here, at your own pace. Someone from our team may also call you about your account.',
  },
  promise: {
    title: 'Choose a date to pay',
    intro: (from, to) => `Pick a day that works for you, from ${from} to ${to}.`,
    dateLabel: 'Payment date',
    dateHint: 'Choose the day you expect to pay.',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    chooseMonth: 'Choose a month',
    amountLabel: 'Amount (optional)',
    amountHint: (amount) => `Leave empty to pay the full ${amount}.`,
    submit: 'Confirm this date',
    confirmed: (date, amount) =>
      `Thank you. Your payment of ${amount} on ${date} is confirmed. We will send you a reminder before then.`,
    current: (date, amount) =>
      `Your current promise: ${amount} on ${date}. A new promise replaces it.`,
    replaceLabel: 'Yes, replace my current promise with this one',
    replaceRequired:
      'You already have a promise. Tick the box to replace it, or go back to keep it.',
    cancelTitle: 'Cancel your promise',
    cancelIntro: (date, amount) =>
      `You promised to pay ${amount} on ${date}. If you cancel it, you can choose a new date here.`,
    cancelSubmit: 'Cancel my promise',
    cancelled: 'Your promise is cancelled. You can choose a new date here.',
  },
  plan: {
    title: 'Pay in smaller parts',
    intro: (amount) =>
      `You can pay ${amount} in instalments. Choose the plan that fits your budget.`,
    legend: 'Plans you can choose',
    option: (count, f, amount) =>
      plural('en', count, {
        one: `# ${frequency[f]} payment of ${amount}`,
        other: `# ${frequency[f]} payments of ${amount}`,
      }),
    discount: (percent) => `${percent}% off the balance`,
    total: (amount) => `Total ${amount}`,
    schedule: 'Payment schedule',
    number: 'Payment',
    date: 'Date',
    amount: 'Amount',
    submit: 'Choose this plan',
    accepted: (count, first, date) =>
      plural('en', count, {
        one: `Your plan is set up: # payment of ${first} on ${date}.`,
        other: `Your plan is set up: # payments, the first of ${first} on ${date}.`,
      }),
  },
  pay: {
    title: 'Pay now',
    intro: (amountDue) => `The amount due is ${amountDue}. Choose how much to pay.`,
    legend: 'How much do you want to pay?',
    full: (amount) => `The full amount: ${amount}`,
    promised: (amount, date) => `The amount you promised: ${amount} (for ${date})`,
    other: 'Another amount',
    otherLabel: 'Amount',
    otherHint: (min, max) => `From ${min} to ${max}.`,
    submit: 'Continue to payment',
    handoff: 'You will go to our secure payment page to pay, and come back here afterwards.',
    chooseOne: 'Choose how much you want to pay.',
    outOfRange: (min, max) => `Enter an amount from ${min} to ${max}.`,
    unavailable: 'Paying online is not available right now. Please contact us to pay.',
    pendingTitle: 'Payment in progress',
    pending: (amount) =>
      `Your payment of ${amount} is in progress. It can take a few minutes to reach us; this page will show it then.`,
    received: (amount) => `Thank you. We have received your payment of ${amount}.`,
  },
  lesson: {
    title: 'A short lesson',
    minutes: (n) => plural('en', n, { one: 'About # minute', other: 'About # minutes' }),
    submit: 'I have finished this lesson',
    done: 'Thank you for taking the time. We have noted that you finished this lesson.',
  },
  hardship: {
    title: 'Ask for a pause or tell us about a hardship',
    intro:
      'Tell us what is going on. A person from our team will look at it, and we will not send you payment reminders while they do.',
    legend: 'What is happening?',
    categories: {
      incomeLoss: 'I lost my job or some of my income',
      illness: 'Illness or injury',
      bereavement: 'Someone close to me has died',
      mentalHealth: 'My mental health is making things hard',
      emergency: 'An emergency or disaster',
      pause: 'I just need a short pause',
      dispute: 'I do not think I owe this',
      other: 'Something else',
    },
    noteLabel: 'Anything you would like to tell us (optional)',
    noteHint: 'Share only what you are comfortable with.',
    submit: 'Send to our team',
    done: 'Thank you for telling us. Payment reminders are paused until someone from our team has looked at this with you.',
    doneDispute:
      'Thank you. We have paused collection while we check the debt, and we will write to you with what we find.',
  },
  preferences: {
    title: 'How we contact you',
    channelsLegend: 'Ways we may contact you',
    channelsHint: 'Untick a way to stop messages that way.',
    channels: {
      sms: 'Text message (SMS)',
      whatsapp: 'WhatsApp',
      email: 'Email',
      push: 'App notifications',
      voice: 'Phone calls',
    },
    hoursLegend: 'Best time to reach you',
    from: 'From',
    to: 'To',
    anyTime: 'Any time we are allowed to',
    languageLabel: 'Language for messages',
    submit: 'Save my choices',
    saved: 'Saved. We will contact you only in the ways and at the times you chose.',
    allOff:
      'You have turned off every way of contacting you. You can still use this page at any time.',
    notSaved: 'Your choices were not saved',
    hoursBoth: 'Choose both a start and an end hour, or neither.',
    hoursOrder: 'Choose an end hour after the start hour.',
    languageMissing: 'Choose a language.',
  },
  planNone: {
    link: 'None of these plans work for me',
    title: 'None of these plans work',
    intro:
      'That is all right. Tell us what would help instead, and we will not ask you to choose a plan.',
    legend: 'What would help?',
    pause: 'A pause in payments',
    pauseHint: 'We stop payment reminders while a person from our team looks at your situation.',
    person: 'Talking to a person',
    personHint: 'Someone from our team contacts you to find something that works.',
    submit: 'Send my choice',
    chooseOne: 'Please choose one of the two.',
    pauseDone:
      'Thank you. We have asked for a pause: a person from our team will look at your situation, and we will not send you payment reminders while they do.',
    personDone:
      'Thank you. Someone from our team will contact you, usually within one working day.',
  },
  identity: {
    title: 'Confirm it is you',
    intro:
      'Before we show your account, please answer one question. This keeps your details private.',
    submit: 'Continue',
    dateOfBirth: 'Your date of birth',
    dateOfBirthHint: 'The date you were born.',
    postcode: 'Your postcode',
    postcodeHint: 'The postcode of the address we have for you.',
    accountLast4: 'The last 4 digits of your account number',
    accountLast4Hint: 'You can find your account number on your statement.',
    wrong: (left) =>
      left === 1
        ? 'That does not match our records. You have 1 more try.'
        : `That does not match our records. You have ${left} more tries.`,
    lockedTitle: 'Please try again later',
    lockedBody: (time) =>
      `There were too many wrong answers, so this link is paused to protect your account. You can try again after ${time}.`,
    unavailable:
      'We cannot check this online right now. Please contact us using the details below.',
  },
  rejected: {
    pastDate: 'That date has already passed. Please pick today or a later date.',
    tooFar: 'That date is too far away.',
    tooFarDays: (days) =>
      plural('en', days, {
        one: 'Please pick a date within # day.',
        other: 'Please pick a date within # days.',
      }),
    amountTooLow: 'That amount is lower than we can accept for a promise.',
    journeyEnded: 'There is nothing to do here any more. Thank you.',
    unknownOption: 'That plan is not on offer.',
    belowMinimum: 'That plan is not available for this balance.',
    notOpen: 'This is not open right now. You can go back to your account to see what you can do.',
  },
  errors: {
    linkTitle: 'This link does not work',
    linkBody:
      'It may be incomplete or out of date. Please open the link in the latest message we sent you.',
    rateTitle: 'Please wait a moment',
    rateBody: 'There were too many tries in a short time. Please try again in a minute.',
    formTitle: 'Please try again',
    formBody: 'This form is out of date. Go back, reload the page and send it again.',
    tooLargeTitle: 'That was too much to send',
    tooLargeBody: 'Nothing was changed. Please go back, shorten what you wrote and send it again.',
    invalidInput: 'Please check the highlighted field.',
    serverTitle: 'Something went wrong on our side',
    serverBody: 'Nothing was changed. Please try again in a few minutes.',
  },
};
