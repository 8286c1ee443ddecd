import { plural } from './plural';
import type { PortalCopy } from './portal-copy';

const frequency = { weekly: 'semanales', biweekly: 'quincenales', monthly: 'mensuales' } as const;
const frequencyOne = { weekly: 'semanal', biweekly: 'quincenal', monthly: 'mensual' } as const;

export const es: PortalCopy = {
  lang: 'es',
  siteName: 'Su cuenta',
  lender: {
    contactHeading: '¿Preguntas? Contáctenos',
    phone: 'Teléfono',
    email: 'Correo',
    hours: 'Horario de atención',
    licence: (number) => `Licencia ${number}`,
    privacy: 'Cómo usamos su información',
  },
  skipToContent: 'Ir al contenido',
  languageLabel: 'Idioma',
  backHome: 'Volver a su cuenta',
  privateNotice: 'Esta página es solo para usted. No comparta el enlace.',
  home: {
    title: 'Su cuenta',
    greeting: (name) => `Hola, ${name}`,
    balanceHeading: 'Lo que debe',
    amountDue: 'Importe pendiente',
    dueDate: 'Fecha de vencimiento',
    daysPastDue: (days) =>
      plural('es', days, { one: '# día de atraso', other: '# días de atraso' }),
    actionsHeading: '¿Qué desea hacer?',
    pay: 'Pagar ahora',
    agreedHeading: 'Lo que acordó',
    promised: (date, amount) => `Usted prometió pagar ${amount} el ${date}.`,
    paymentPending: (amount) =>
      `Su pago de ${amount} está en curso. Actualizaremos esta página cuando llegue.`,
    changePromise: 'Cambiar la fecha o el monto',
    cancelPromise: 'Cancelar esta promesa',
    planAgreed: (count) =>
      plural('es', count, { one: 'Eligió pagar en # cuota.', other: 'Eligió pagar en # cuotas.' }),
    nextInstalment: (amount, date) => `Próxima cuota: ${amount} el ${date}.`,
    hardshipPending: (date) =>
      `Recibimos su solicitud del ${date}. Una persona de nuestro equipo la está revisando.`,
    hardshipReviewed: (date) => `Nuestro equipo terminó de revisar su solicitud del ${date}.`,
    promise: 'Elegir una fecha de pago',
    plan: 'Pagar en partes',
    lesson: (title) => `Leer: ${title}`,
    hardship: 'Pedir una pausa o contarnos una dificultad',
    preferences: 'Elegir cómo le contactamos',
    reassurance: 'Puede hacer todo esto aquí, a su ritmo. Nadie le llamará por ello.',
    reassuranceMayCall:
      'Puede hacer todo esto aquí, a su ritmo. Es posible que alguien de nuestro equipo también le llame por su cuenta.',
  },
  promise: {
    title: 'Elegir una fecha de pago',
    intro: (from, to) => `Elija el día que le venga bien, del ${from} al ${to}.`,
    dateLabel: 'Fecha de pago',
    dateHint: 'Elija el día en que espera pagar.',
    day: 'Día',
    month: 'Mes',
    year: 'Año',
    chooseMonth: 'Elija un mes',
    amountLabel: 'Importe (opcional)',
    amountHint: (amount) => `Déjelo vacío para pagar el total de ${amount}.`,
    submit: 'Confirmar esta fecha',
    confirmed: (date, amount) =>
      `Gracias. Su pago de ${amount} el ${date} está confirmado. Le enviaremos un recordatorio antes.`,
    current: (date, amount) =>
      `Su promesa actual: ${amount} el ${date}. Una nueva promesa la reemplaza.`,
    replaceLabel: 'Sí, reemplazar mi promesa actual por esta',
    replaceRequired:
      'Ya tiene una promesa. Marque la casilla para reemplazarla o vuelva atrás para conservarla.',
    cancelTitle: 'Cancelar su promesa',
    cancelIntro: (date, amount) =>
      `Prometió pagar ${amount} el ${date}. Si la cancela, puede elegir una nueva fecha aquí.`,
    cancelSubmit: 'Cancelar mi promesa',
    cancelled: 'Su promesa está cancelada. Puede elegir una nueva fecha aquí.',
  },
  plan: {
    title: 'Pagar en partes',
    intro: (amount) =>
      `Puede pagar ${amount} a plazos. Elija el plan que se ajuste a su presupuesto.`,
    legend: 'Planes disponibles',
    option: (count, f, amount) =>
      plural('es', count, {
        one: `# pago ${frequencyOne[f]} de ${amount}`,
        other: `# pagos ${frequency[f]} de ${amount}`,
      }),
    discount: (percent) => `${percent} % de descuento sobre el saldo`,
    total: (amount) => `Total ${amount}`,
    schedule: 'Calendario de pagos',
    number: 'Pago',
    date: 'Fecha',
    amount: 'Importe',
    submit: 'Elegir este plan',
    accepted: (count, first, date) =>
      plural('es', count, {
        one: `Su plan está listo: # pago de ${first} el ${date}.`,
        other: `Su plan está listo: # pagos, el primero de ${first} el ${date}.`,
      }),
  },
  pay: {
    title: 'Pagar ahora',
    intro: (amountDue) => `El monto adeudado es ${amountDue}. Elija cuánto quiere pagar.`,
    legend: '¿Cuánto quiere pagar?',
    full: (amount) => `El monto total: ${amount}`,
    promised: (amount, date) => `El monto que prometió: ${amount} (para el ${date})`,
    other: 'Otro monto',
    otherLabel: 'Monto',
    otherHint: (min, max) => `De ${min} a ${max}.`,
    submit: 'Continuar al pago',
    handoff: 'Irá a nuestra página de pago segura y después volverá aquí.',
    chooseOne: 'Elija cuánto quiere pagar.',
    outOfRange: (min, max) => `Escriba un monto de ${min} a ${max}.`,
    unavailable: 'El pago en línea no está disponible ahora. Contáctenos para pagar.',
    pendingTitle: 'Pago en curso',
    pending: (amount) =>
      `Su pago de ${amount} está en curso. Puede tardar unos minutos en llegarnos; esta página lo mostrará entonces.`,
    received: (amount) => `Gracias. Hemos recibido su pago de ${amount}.`,
  },
  lesson: {
    title: 'Una lección breve',
    minutes: (n) => plural('es', n, { one: 'Alrededor de # minuto', other: 'Unos # minutos' }),
    submit: 'He terminado esta lección',
    done: 'Gracias por su tiempo. Hemos registrado que terminó esta lección.',
  },
  hardship: {
    title: 'Pedir una pausa o contarnos una dificultad',
    intro:
      'Cuéntenos qué ocurre. Una persona de nuestro equipo lo revisará y mientras tanto no le enviaremos recordatorios de pago.',
    legend: '¿Qué está pasando?',
    categories: {
      incomeLoss: 'Perdí mi empleo o parte de mis ingresos',
      illness: 'Enfermedad o lesión',
      bereavement: 'Ha fallecido alguien cercano',
      mentalHealth: 'Mi salud mental me lo pone difícil',
      emergency: 'Una emergencia o desastre',
      pause: 'Solo necesito una pausa corta',
      dispute: 'No creo que deba esto',
      other: 'Otra cosa',
    },
    noteLabel: 'Algo que quiera contarnos (opcional)',
    noteHint: 'Comparta solo lo que le resulte cómodo.',
    submit: 'Enviar a nuestro equipo',
    done: 'Gracias por contárnoslo. Los recordatorios de pago quedan en pausa hasta que alguien de nuestro equipo lo haya revisado con usted.',
    doneDispute:
      'Gracias. Hemos pausado el cobro mientras verificamos la deuda y le escribiremos con lo que encontremos.',
  },
  preferences: {
    title: 'Cómo le contactamos',
    channelsLegend: 'Medios por los que podemos contactarle',
    channelsHint: 'Desmarque un medio para dejar de recibir mensajes por él.',
    channels: {
      sms: 'Mensaje de texto (SMS)',
      whatsapp: 'WhatsApp',
      email: 'Correo electrónico',
      push: 'Notificaciones de la app',
      voice: 'Llamadas',
    },
    hoursLegend: 'Mejor horario para contactarle',
    from: 'Desde',
    to: 'Hasta',
    anyTime: 'Cualquier hora permitida',
    languageLabel: 'Idioma de los mensajes',
    submit: 'Guardar mis preferencias',
    saved: 'Guardado. Solo le contactaremos por los medios y en el horario que eligió.',
    allOff:
      'Ha desactivado todos los medios de contacto. Puede seguir usando esta página cuando quiera.',
    notSaved: 'Sus opciones no se guardaron',
    hoursBoth: 'Elija una hora de inicio y una de fin, o ninguna.',
    hoursOrder: 'Elija una hora de fin posterior a la de inicio.',
    languageMissing: 'Elija un idioma.',
  },
  planNone: {
    link: 'Ninguno de estos planes me sirve',
    title: 'Ninguno de estos planes me sirve',
    intro: 'No pasa nada. Díganos qué le ayudaría y no le pediremos que elija un plan.',
    legend: '¿Qué le ayudaría?',
    pause: 'Una pausa en los pagos',
    pauseHint:
      'Dejamos de enviar recordatorios de pago mientras una persona de nuestro equipo revisa su situación.',
    person: 'Hablar con una persona',
    personHint: 'Alguien de nuestro equipo se pondrá en contacto para encontrar algo que le sirva.',
    submit: 'Enviar mi elección',
    chooseOne: 'Elija una de las dos opciones.',
    pauseDone:
      'Gracias. Hemos pedido una pausa: una persona de nuestro equipo revisará su situación y no le enviaremos recordatorios de pago mientras tanto.',
    personDone:
      'Gracias. Alguien de nuestro equipo se pondrá en contacto con usted, normalmente en un día hábil.',
  },
  identity: {
    title: 'Confirme que es usted',
    intro: 'Antes de mostrar su cuenta, responda una pregunta. Así protegemos sus datos.',
    submit: 'Continuar',
    dateOfBirth: 'Su fecha de nacimiento',
    dateOfBirthHint: 'El día en que nació.',
    postcode: 'Su código postal',
    postcodeHint: 'El código postal de la dirección que tenemos de usted.',
    accountLast4: 'Los últimos 4 dígitos de su número de cuenta',
    accountLast4Hint: 'Encontrará su número de cuenta en su estado de cuenta.',
    wrong: (left) =>
      left === 1
        ? 'Eso no coincide con nuestros datos. Le queda 1 intento.'
        : `Eso no coincide con nuestros datos. Le quedan ${left} intentos.`,
    lockedTitle: 'Inténtelo más tarde',
    lockedBody: (time) =>
      `Hubo demasiadas respuestas incorrectas, así que pausamos este enlace para proteger su cuenta. Puede volver a intentarlo después de las ${time}.`,
    unavailable:
      'No podemos comprobarlo en línea en este momento. Contáctenos con los datos de abajo.',
  },
  rejected: {
    pastDate: 'Esa fecha ya pasó. Elija hoy o una fecha posterior.',
    tooFar: 'Esa fecha está demasiado lejos.',
    tooFarDays: (days) =>
      plural('es', days, {
        one: 'Elija una fecha dentro del próximo día.',
        other: 'Elija una fecha dentro de los próximos # días.',
      }),
    amountTooLow: 'Ese importe es menor de lo que podemos aceptar.',
    journeyEnded: 'Ya no hay nada que hacer aquí. Gracias.',
    unknownOption: 'Ese plan no está disponible.',
    belowMinimum: 'Ese plan no está disponible para este saldo.',
    notOpen: 'Esto no está disponible ahora. Vuelva a su cuenta para ver qué puede hacer.',
  },
  errors: {
    linkTitle: 'Este enlace no funciona',
    linkBody:
      'Puede estar incompleto o caducado. Abra el enlace del último mensaje que le enviamos.',
    rateTitle: 'Espere un momento',
    rateBody: 'Hubo demasiados intentos en poco tiempo. Inténtelo de nuevo en un minuto.',
    formTitle: 'Inténtelo de nuevo',
    formBody:
      'Este formulario está desactualizado. Vuelva atrás, recargue la página y envíelo otra vez.',
    tooLargeTitle: 'Era demasiado para enviar',
    tooLargeBody: 'No se cambió nada. Vuelva atrás, acorte lo que escribió y envíelo otra vez.',
    invalidInput: 'Revise el campo marcado.',
    serverTitle: 'Algo falló por nuestra parte',
    serverBody: 'No se cambió nada. Inténtelo de nuevo en unos minutos.',
  },
};
