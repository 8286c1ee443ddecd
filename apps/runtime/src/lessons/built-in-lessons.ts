// The built-in lesson library: four short lessons, each in English, Spanish, Vietnamese and
// Chinese. Plain, kind and practical; no video (lenders add lessons with their own videos).
import type { Lesson } from './lesson-schema';

const onTimePayments: Lesson = {
  id: 'on-time-payments',
  builtIn: true,
  content: {
    en: {
      title: 'Why on-time payments matter',
      summary: 'Paying on time, even a small amount, protects your credit and saves you fees.',
      body: [
        'Lenders report how you pay to credit bureaus. A payment made on time is the single biggest thing that keeps your record healthy.',
        'A late payment can add fees and stay on your record for years. Paying something on time is better than paying everything late.',
        'If a date does not work for you, choosing a date you can keep is a good step. Reminders and automatic payments help.',
      ],
    },
    es: {
      title: 'Por qué importa pagar a tiempo',
      summary: 'Pagar a tiempo, aunque sea poco, protege su crédito y le ahorra cargos.',
      body: [
        'Los prestamistas informan a las agencias de crédito cómo paga. Pagar a tiempo es lo que más ayuda a mantener un buen historial.',
        'Un pago atrasado puede sumar cargos y quedar en su historial durante años. Pagar algo a tiempo es mejor que pagar todo tarde.',
        'Si una fecha no le funciona, elegir una fecha que pueda cumplir es un buen paso. Los recordatorios y los pagos automáticos ayudan.',
      ],
    },
    vi: {
      title: 'Vì sao thanh toán đúng hạn quan trọng',
      summary:
        'Thanh toán đúng hạn, dù chỉ một khoản nhỏ, giúp bảo vệ lịch sử tín dụng và tránh phí.',
      body: [
        'Bên cho vay báo cáo cách bạn thanh toán cho trung tâm thông tin tín dụng. Thanh toán đúng hạn là điều quan trọng nhất để giữ hồ sơ tốt.',
        'Một lần trả chậm có thể phát sinh phí và lưu trong hồ sơ nhiều năm. Trả một phần đúng hạn vẫn tốt hơn trả toàn bộ nhưng muộn.',
        'Nếu ngày đến hạn không phù hợp, hãy chọn một ngày bạn chắc chắn trả được. Lời nhắc và thanh toán tự động sẽ giúp bạn.',
      ],
    },
    zh: {
      title: '为什么按时还款很重要',
      summary: '按时还款，哪怕金额不大，也能保护您的信用并避免额外费用。',
      body: [
        '贷款机构会把您的还款情况报送给征信机构。按时还款是保持良好信用记录最重要的一点。',
        '逾期还款可能产生费用，并在记录中保留多年。按时还一部分，比晚些还清全部更好。',
        '如果原定日期不方便，选择一个您能做到的日期是很好的一步。提醒和自动还款都会有帮助。',
      ],
    },
  },
};

const creditScore: Lesson = {
  id: 'credit-score',
  builtIn: true,
  content: {
    en: {
      title: 'How a credit score is built',
      summary: 'Your score comes mostly from paying on time and how much of your credit you use.',
      body: [
        'A credit score sums up your borrowing history in one number. Lenders use it to decide on loans, rates and sometimes rentals.',
        'The biggest parts are your payment history and how much of your available credit you use. Keeping balances low helps.',
        'Older accounts, few new applications and a mix of credit types help a little. Scores recover over time as good months add up.',
      ],
    },
    es: {
      title: 'Cómo se forma el puntaje de crédito',
      summary: 'Su puntaje depende sobre todo de pagar a tiempo y de cuánto crédito usa.',
      body: [
        'El puntaje de crédito resume su historial en un número. Los prestamistas lo usan para decidir préstamos, tasas y a veces alquileres.',
        'Lo que más pesa es su historial de pagos y cuánto de su crédito disponible usa. Mantener saldos bajos ayuda.',
        'Las cuentas antiguas, pocas solicitudes nuevas y una mezcla de créditos ayudan un poco. El puntaje mejora con el tiempo, mes a mes.',
      ],
    },
    vi: {
      title: 'Điểm tín dụng được hình thành thế nào',
      summary: 'Điểm của bạn chủ yếu đến từ việc trả đúng hạn và mức sử dụng hạn mức tín dụng.',
      body: [
        'Điểm tín dụng tóm tắt lịch sử vay của bạn bằng một con số. Bên cho vay dùng nó để quyết định khoản vay và lãi suất.',
        'Phần quan trọng nhất là lịch sử thanh toán và tỷ lệ hạn mức bạn đang dùng. Giữ dư nợ thấp sẽ có ích.',
        'Tài khoản lâu năm, ít hồ sơ vay mới và nhiều loại tín dụng giúp thêm một chút. Điểm sẽ phục hồi dần qua từng tháng tốt.',
      ],
    },
    zh: {
      title: '信用评分是怎样形成的',
      summary: '您的评分主要取决于是否按时还款，以及使用了多少信用额度。',
      body: [
        '信用评分用一个数字概括您的借贷历史。贷款机构用它来决定贷款、利率，有时还包括租房。',
        '最重要的是还款记录和额度使用率。保持较低的欠款余额会有帮助。',
        '账户时间长、新申请少、信用类型多样也有一点帮助。随着良好的月份累积，评分会逐步恢复。',
      ],
    },
  },
};

const budget: Lesson = {
  id: 'making-a-budget',
  builtIn: true,
  content: {
    en: {
      title: 'Making a budget that works',
      summary: 'Write down what comes in and what goes out, then plan the month before it starts.',
      body: [
        'List your income for the month, then your fixed costs: rent, utilities, transport, food and loan payments.',
        'What is left is for everything else. Set a small amount aside for surprises, even a little each week.',
        'Check back each week. If the numbers do not add up, tell your lender early: a smaller payment or a plan may be possible.',
      ],
    },
    es: {
      title: 'Cómo hacer un presupuesto que funcione',
      summary: 'Anote lo que entra y lo que sale, y planifique el mes antes de que empiece.',
      body: [
        'Apunte sus ingresos del mes y luego sus gastos fijos: alquiler, servicios, transporte, comida y pagos de préstamos.',
        'Lo que queda es para todo lo demás. Reserve una pequeña cantidad para imprevistos, aunque sea poco cada semana.',
        'Revíselo cada semana. Si las cuentas no salen, avise pronto a su prestamista: puede haber un pago menor o un plan.',
      ],
    },
    vi: {
      title: 'Lập ngân sách hiệu quả',
      summary:
        'Ghi lại khoản thu và khoản chi, rồi lên kế hoạch cho tháng trước khi tháng bắt đầu.',
      body: [
        'Liệt kê thu nhập trong tháng, sau đó là chi phí cố định: tiền nhà, điện nước, đi lại, ăn uống và tiền trả nợ.',
        'Phần còn lại dành cho các khoản khác. Hãy để dành một khoản nhỏ cho việc bất ngờ, dù chỉ một ít mỗi tuần.',
        'Xem lại mỗi tuần. Nếu không đủ chi, hãy báo sớm cho bên cho vay: có thể có khoản trả nhỏ hơn hoặc kế hoạch trả góp.',
      ],
    },
    zh: {
      title: '制定可行的预算',
      summary: '记下收入和支出，在月初之前就规划好这个月。',
      body: [
        '列出本月收入，再列出固定开支：房租、水电、交通、饮食和还款。',
        '剩下的用于其他开销。为意外留出一小笔钱，哪怕每周只存一点。',
        '每周检查一次。如果入不敷出，请尽早告诉贷款机构：也许可以减少还款额或办理分期。',
      ],
    },
  },
};

const repaymentPlan: Lesson = {
  id: 'repayment-plan',
  builtIn: true,
  content: {
    en: {
      title: 'What a repayment plan is',
      summary: 'A plan splits what you owe into smaller payments on dates agreed in advance.',
      body: [
        'A repayment plan turns one large amount into several smaller payments, weekly or monthly, over an agreed time.',
        'While you keep to the plan, your account stays in good standing and you will not be asked for the full amount.',
        'Pick a plan whose payments fit your budget. If things change, tell your lender before a payment is missed.',
      ],
    },
    es: {
      title: 'Qué es un plan de pagos',
      summary: 'Un plan divide lo que debe en pagos más pequeños en fechas acordadas.',
      body: [
        'Un plan de pagos convierte una cantidad grande en varios pagos menores, semanales o mensuales, durante un tiempo acordado.',
        'Mientras cumpla el plan, su cuenta se mantiene al día y no se le pedirá la cantidad completa.',
        'Elija un plan cuyos pagos quepan en su presupuesto. Si algo cambia, avise a su prestamista antes de perder un pago.',
      ],
    },
    vi: {
      title: 'Kế hoạch trả góp là gì',
      summary: 'Kế hoạch chia khoản nợ thành các khoản nhỏ hơn vào những ngày đã thỏa thuận.',
      body: [
        'Kế hoạch trả góp chia một khoản lớn thành nhiều khoản nhỏ, hàng tuần hoặc hàng tháng, trong thời gian đã thống nhất.',
        'Khi bạn trả đúng kế hoạch, tài khoản vẫn ở trạng thái tốt và bạn sẽ không bị yêu cầu trả toàn bộ.',
        'Hãy chọn kế hoạch có số tiền mỗi kỳ phù hợp với ngân sách. Nếu có thay đổi, hãy báo cho bên cho vay trước kỳ hạn.',
      ],
    },
    zh: {
      title: '什么是还款计划',
      summary: '还款计划把欠款分成几笔较小的还款，在事先约定的日期支付。',
      body: [
        '还款计划把一大笔欠款分成若干笔较小的还款，按周或按月，在约定期限内还清。',
        '只要按计划还款，您的账户就保持正常，不会被要求一次还清。',
        '请选择每期金额符合您预算的计划。如果情况有变，请在错过还款前告诉贷款机构。',
      ],
    },
  },
};

export const builtInLessons: readonly Lesson[] = [
  onTimePayments,
  creditScore,
  budget,
  repaymentPlan,
];
