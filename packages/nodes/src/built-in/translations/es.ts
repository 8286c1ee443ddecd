// The built-in nodes' editor texts in Spanish.
import { branchNode } from '../branch';
import { educationLessonNode } from '../education-lesson';
import { endNode } from '../end';
import { escalateNode } from '../escalate';
import { offerPlanNode } from '../offer-plan';
import { promiseToPayNode } from '../promise-to-pay';
import { remindNode } from '../remind';
import { splitNode } from '../split';
import { waitNode } from '../wait';
import { waitForEventNode } from '../wait-for-event';
import { outcomeName } from '../../shared/outcome-names';
import {
  duration,
  factName,
  forNode,
  list,
  messageSummaryIn,
  type NodeTranslations,
  type SummaryWords,
} from './summary-words';

const words: SummaryWords = {
  locale: 'es',
  channels: { sms: 'SMS', whatsapp: 'WhatsApp', email: 'Correo', push: 'Push', voice: 'Voz' },
  noText: 'sin texto',
  segments: (n) => `${n} ${n === 1 ? 'segmento' : 'segmentos'}`,
  fallback: (channel) => `alternativa ${channel}`,
};

const channelOptions = {
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  email: 'Correo',
  push: 'Push',
  voice: 'Voz',
};
const messageFields = {
  channel: { label: 'Canal', help: 'Canal de envío', options: channelOptions },
  fallbackChannel: {
    label: 'Canal alternativo',
    help: 'Se usa si el deudor se dio de baja del canal principal',
    options: channelOptions,
  },
  message: { label: 'Mensaje', help: 'El mensaje, por idioma (plantilla Liquid)' },
  subject: { label: 'Asunto', help: 'Asunto del correo, por idioma' },
};

/** Each event's exit, by the event's name. */
const events: Record<string, string> = {
  'payment.received': 'Pagó',
  'payment.settled': 'Pago acreditado',
  'ptp.promised': 'Prometió pagar',
  'ptp.cancelled': 'Retiró la promesa',
  'plan.accepted': 'Aceptó el plan',
  'plan.declined': 'Rechazó el plan',
  'lesson.watched': 'Vio la lección',
  'message.delivered': 'Entregado',
  'message.failed': 'No entregado',
  'message.read': 'Leído',
  'reply.received': 'Respondió',
  'contact.optedOut': 'Se dio de baja',
  'contact.ceased': 'Pidió no ser contactado',
  'dispute.opened': 'Disputó la deuda',
  'dispute.resolved': 'Disputa resuelta',
  'hardship.requested': 'Pidió ayuda por dificultades',
  'hold.started': 'Puesto en pausa',
  'hold.ended': 'Fin de la pausa',
  'task.resolved': 'El agente resolvió',
};

/** Common outcome ids' names (see shared/outcome-names.ts). */
const outcomes: Record<string, string> = {
  completed: 'Completado',
  paid: 'Pagado',
  settled: 'Liquidado',
  plan: 'Con plan de pagos',
  noPlan: 'Sin plan',
  affordablePlan: 'Plan asequible',
  promiseKept: 'Promesa cumplida',
  noResponse: 'Sin respuesta',
  noContact: 'Sin contacto',
  unreachable: 'Ilocalizable',
  handedToAgent: 'Pasado a un agente',
  agentAgreed: 'Acordado con un agente',
  agreed: 'Acordado',
  resolved: 'Resuelto',
  handled: 'Atendido',
  supported: 'Apoyado',
  noResolution: 'Sin resolver',
  noActionNeeded: 'No requiere acción',
  breathingSpace: 'Pausa en el cobro',
  disputed: 'En disputa',
  hardship: 'En dificultades',
  optedOut: 'Dado de baja',
};

export const es: NodeTranslations = {
  wait: forNode(waitNode, {
    problems: {
      notDateFact: '“{fact}” no es una fecha: elija la fecha de vencimiento o un atributo de fecha',
    },
    label: 'Esperar',
    help: 'Pausa un tiempo, o hasta una fecha como el vencimiento',
    summary: (c) =>
      c.mode === 'duration'
        ? `esperar ${duration(words, c.for)}`
        : c.offsetDays === 0
          ? `el mismo día (${factName(words, c.fact)}) a las ${c.atLocalTime}`
          : `${Math.abs(c.offsetDays)} ${Math.abs(c.offsetDays) === 1 ? 'día' : 'días'} ${c.offsetDays < 0 ? 'antes de' : 'después de'} ${factName(words, c.fact)} a las ${c.atLocalTime}`,
    fields: {
      mode: {
        label: 'Modo',
        help: 'Esperar un tiempo fijo, o hasta una fecha tomada de los datos',
        options: { duration: 'Un tiempo fijo', untilDate: 'Hasta una fecha' },
      },
      for: { label: 'Durante', help: 'Cuánto esperar' },
      fact: { label: 'Fecha', help: 'Dato de fecha que esperar, p. ej. account.dueDate' },
      offsetDays: {
        label: 'Días de diferencia',
        help: 'Días respecto a la fecha: -3 es tres días antes',
      },
      atLocalTime: { label: 'A la hora', help: 'Hora del día, en la hora local del deudor' },
    },
    ports: { done: 'Listo' },
  }),
  waitForEvent: forNode(waitForEventNode, {
    outcomes: events,
    problems: {
      duplicateEvent: 'el evento “{event}” aparece dos veces: cada evento es una salida',
    },
    label: 'Esperar un evento',
    help: 'Espera a que el deudor haga algo, o a que se acabe el tiempo',
    summary: (c) =>
      `${list(
        words,
        c.events.map((e) => outcomeName(e, events)),
        'disjunction',
      )} · hasta ${duration(words, c.timeout)}`,
    fields: {
      events: {
        label: 'Eventos',
        help: 'Eventos que esperar; cada uno tiene su salida',
        options: events,
      },
      timeout: {
        label: 'Límite de tiempo',
        help: 'Dejar de esperar tras este tiempo (salida «Tiempo agotado»)',
      },
    },
    ports: { timeout: 'Tiempo agotado' },
  }),
  remind: forNode(remindNode, {
    label: 'Recordatorio',
    help: 'Envía un mensaje en el idioma del deudor, dentro del horario y los límites legales',
    summary: (c) => messageSummaryIn(words, c),
    fields: {
      ...messageFields,
      purpose: {
        label: 'Propósito',
        help: 'Una confirmación responde a algo que hizo el deudor (un pago, un plan): respeta el horario pero no cuenta en los límites',
        options: { reminder: 'Recordatorio', confirmation: 'Confirmación' },
      },
      link: {
        label: 'Enlace',
        help: 'A qué página de autoservicio enlaza el mensaje',
        options: {
          portal: 'Portal',
          pay: 'Pagar',
          promise: 'Promesa',
          plan: 'Plan',
          lesson: 'Lección',
        },
      },
      sendWithin: {
        label: 'Enviar en un plazo de',
        help: 'Descarta el mensaje si el horario o los límites lo retrasan más de esto; desactívalo para no tener límite',
      },
    },
    ports: { sent: 'Enviado', failed: 'No enviado' },
  }),
  offerPlan: forNode(offerPlanNode, {
    label: 'Ofrecer un plan',
    help: 'Ofrece planes de pago a plazos que el deudor puede aceptar en línea',
    summary: (c) =>
      `${c.options.length} ${c.options.length === 1 ? 'plan' : 'planes'} · ${messageSummaryIn(words, c)} · abierto ${duration(words, c.respondWithin)}`,
    fields: {
      ...messageFields,
      options: { label: 'Planes', help: 'Planes entre los que puede elegir el deudor' },
      respondWithin: { label: 'Plazo de respuesta', help: 'Cuánto tiempo sigue abierta la oferta' },
      'options.label': {
        label: 'Nombre del plan',
        help: 'Cómo se llama el plan para el deudor, por idioma',
      },
      'options.instalments': {
        label: 'Número de pagos',
        help: 'En cuántos pagos se divide la deuda',
      },
      'options.frequency': {
        label: 'Frecuencia',
        help: 'Cada cuánto se paga',
        options: { weekly: 'Semanal', biweekly: 'Quincenal', monthly: 'Mensual' },
      },
      'options.discountPercent': {
        label: 'Descuento (%)',
        help: 'Descuento sobre el total, en porcentaje',
      },
      'options.minInstalment': { label: 'Pago mínimo', help: 'El pago más pequeño que se acepta' },
    },
    ports: { accepted: 'Aceptado', declined: 'Rechazado', noResponse: 'Sin respuesta' },
  }),
  promiseToPay: forNode(promiseToPayNode, {
    label: 'Promesa de pago',
    help: 'El deudor elige una fecha para pagar; se le recuerda y se comprueba con amabilidad',
    summary: (c) =>
      `promesa en ${c.maxDaysOut} días · ${messageSummaryIn(words, c)} · respuesta en ${duration(words, c.respondWithin)}`,
    fields: {
      ...messageFields,
      respondWithin: {
        label: 'Plazo de respuesta',
        help: 'Cuánto tiempo tiene el deudor para elegir una fecha',
      },
      maxDaysOut: {
        label: 'Días como máximo',
        help: 'Última fecha que se puede elegir, en días desde hoy',
      },
      graceDays: {
        label: 'Días de gracia',
        help: 'Días tras la fecha prometida antes de darla por incumplida',
      },
      remindBefore: {
        label: 'Recordar antes',
        help: 'Recordar este tiempo antes de la fecha prometida, a las 10:00 de su hora; desactívalo para no recordar',
      },
      reminder: {
        label: 'Recordatorio',
        help: 'El recordatorio antes de la fecha prometida, por idioma',
      },
      confirmation: {
        label: 'Confirmación',
        help: 'Se envía al elegir una fecha, por idioma (opcional)',
      },
      minAmountPercent: {
        label: 'Importe mínimo (%)',
        help: 'La promesa debe cubrir al menos esta parte del importe debido (0: cualquier importe)',
      },
    },
    ports: { kept: 'Cumplida', broken: 'Incumplida', noResponse: 'Sin respuesta' },
  }),
  educationLesson: forNode(educationLessonNode, {
    label: 'Vídeo educativo',
    help: 'Comparte una lección breve sobre crédito y pago puntual',
    summary: (c) =>
      `lección «${c.lesson}» · ${messageSummaryIn(words, c)} · ${duration(words, c.watchWithin)} para verla`,
    fields: {
      ...messageFields,
      lesson: {
        label: 'Lección',
        help: 'Lección de la biblioteca (título, resumen y vídeo por idioma)',
      },
      watchWithin: { label: 'Plazo para verla', help: 'Cuánto esperar a que se vea la lección' },
    },
    ports: { watched: 'Vista', notWatched: 'No vista' },
  }),
  escalate: forNode(escalateNode, {
    outcomes,
    problems: {
      duplicateOutcome: 'el resultado “{outcome}” aparece dos veces',
      timeoutOutcome:
        '“timeout” es la salida para cuando no hay respuesta: dé otro nombre al resultado',
      unknownOutcomeName: '“{outcome}” tiene nombre pero no es uno de los resultados',
    },
    label: 'Pasar a una persona',
    help: 'Pasa el caso a un agente (cola, prioridad, plazo) y espera el resultado',
    summary: (c) =>
      `${c.queue} · ${{ low: 'baja', normal: 'normal', high: 'alta', urgent: 'urgente' }[c.priority]} · plazo ${duration(words, c.sla)}`,
    fields: {
      queue: { label: 'Cola', help: 'Cola de agentes' },
      priority: {
        label: 'Prioridad',
        options: { low: 'Baja', normal: 'Normal', high: 'Alta', urgent: 'Urgente' },
      },
      reason: { label: 'Motivo', help: 'Lo que el agente debe saber' },
      sla: { label: 'Plazo (SLA)', help: 'Cuándo vence la tarea' },
      outcomes: {
        label: 'Resultados',
        help: 'Lo que puede decidir el agente; cada uno es una salida',
      },
      outcomeLabels: {
        label: 'Nombres de los resultados',
        help: 'Un nombre legible para cada resultado, p. ej. «agreed» → «Acordó un plan» (opcional)',
      },
      'outcomeLabels.outcome': { label: 'Resultado', help: 'Uno de los resultados de arriba' },
      'outcomeLabels.label': { label: 'Nombre', help: 'Su nombre para agentes y gestores' },
      timeout: { label: 'Límite de tiempo', help: 'Seguir sin respuesta tras este tiempo' },
    },
    ports: { timeout: 'Tiempo agotado' },
  }),
  branch: forNode(branchNode, {
    problems: {
      duplicatePort:
        'la salida “{port}” se usa dos veces (o es “else”): dé a cada regla su propia salida',
    },
    label: 'Bifurcación',
    help: 'Elige un camino según los datos: días de atraso, segmento, importe…',
    summary: (c) =>
      c.rules.length === 0
        ? 'sin reglas: siempre «En otro caso»'
        : `${c.rules.length} ${c.rules.length === 1 ? 'regla' : 'reglas'} + en otro caso`,
    fields: {
      rules: {
        label: 'Reglas',
        help: 'Se comprueban en orden; la primera que se cumple elige la salida',
      },
      'rules.label': {
        label: 'Nombre visible',
        help: 'Cómo se lee la salida en el lienzo (opcional)',
      },
      'rules.port': { label: 'Salida', help: 'Nombre de la salida para esta regla' },
      'rules.when': {
        label: 'Cuando',
        help: 'La regla se cumple cuando se cumplen estas condiciones sobre los datos',
      },
    },
    ports: { else: 'En otro caso' },
  }),
  split: forNode(splitNode, {
    problems: {
      duplicateVariant: 'la variante “{name}” aparece dos veces: dé a cada una su propio nombre',
    },
    label: 'Prueba A/B',
    help: 'Compara mensajes u ofertas entre sí, de forma justa y repetible',
    fields: {
      variants: { label: 'Variantes', help: 'Variantes y sus pesos (deben sumar 100)' },
      experiment: {
        label: 'Experimento',
        help: 'Cómo juzga los brazos la página de resultados (opcional)',
      },
      'variants.name': { label: 'Nombre', help: 'Nombre de la variante (es su salida)' },
      'variants.weight': { label: 'Peso (%)', help: 'Parte de los deudores, en porcentaje' },
      'experiment.primaryMetric': {
        label: 'Métrica principal',
        help: 'Con qué se comparan las variantes',
        options: {
          paidWithinDays: 'Pagó en N días',
          promiseKept: 'Promesa cumplida',
          settled: 'Deuda saldada',
          planAccepted: 'Plan aceptado',
        },
      },
      'experiment.paidWithinDays': { label: 'Días para pagar (N)', help: 'N de “pagó en N días”' },
      'experiment.guardrails': {
        label: 'Salvaguardas',
        help: 'Tasas que no deben empeorar',
        options: { optOut: 'Bajas', hardshipOrDispute: 'Dificultades o disputas' },
      },
      'experiment.targetLiftPoints': {
        label: 'Mejora mínima (puntos)',
        help: 'La mejora más pequeña que vale la pena detectar, en puntos porcentuales',
      },
    },
  }),
  end: forNode(endNode, {
    outcomes,
    label: 'Fin',
    help: 'Termina el recorrido con un resultado para los informes',
    summary: (c) => `resultado: ${outcomeName(c.outcome, outcomes, c.label)}`,
    fields: {
      label: {
        label: 'Nombre del resultado',
        help: 'El resultado como lo leen los gestores, p. ej. «Sin respuesta» (opcional)',
      },
      outcome: {
        label: 'Resultado',
        help: 'Etiqueta del resultado para los informes, p. ej. «paid», «plan»',
      },
    },
  }),
};
