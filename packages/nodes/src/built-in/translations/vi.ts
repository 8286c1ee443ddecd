// The built-in nodes' editor texts in Vietnamese.
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
  locale: 'vi',
  channels: {
    sms: 'SMS',
    whatsapp: 'WhatsApp',
    email: 'Email',
    push: 'Thông báo đẩy',
    voice: 'Cuộc gọi',
  },
  noText: 'chưa có nội dung',
  segments: (n) => `${n} phân đoạn`,
  fallback: (channel) => `dự phòng ${channel}`,
};

const channelOptions = {
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  email: 'Email',
  push: 'Thông báo đẩy',
  voice: 'Cuộc gọi',
};
const messageFields = {
  channel: { label: 'Kênh', help: 'Kênh gửi tin', options: channelOptions },
  fallbackChannel: {
    label: 'Kênh dự phòng',
    help: 'Dùng khi người vay đã từ chối nhận qua kênh chính',
    options: channelOptions,
  },
  message: { label: 'Tin nhắn', help: 'Nội dung tin nhắn theo từng ngôn ngữ (mẫu Liquid)' },
  subject: { label: 'Tiêu đề', help: 'Tiêu đề email theo từng ngôn ngữ' },
};

/** Each event's exit, by the event's name. */
const events: Record<string, string> = {
  'payment.received': 'Đã thanh toán',
  'payment.settled': 'Đã ghi nhận thanh toán',
  'ptp.promised': 'Đã hẹn trả',
  'ptp.cancelled': 'Đã hủy hẹn',
  'plan.accepted': 'Chấp nhận kế hoạch',
  'plan.declined': 'Từ chối kế hoạch',
  'lesson.watched': 'Đã xem bài học',
  'message.delivered': 'Đã đến nơi',
  'message.failed': 'Không gửi được',
  'message.read': 'Đã đọc',
  'reply.received': 'Đã trả lời',
  'contact.optedOut': 'Từ chối nhận tin',
  'contact.ceased': 'Yêu cầu ngừng liên hệ',
  'dispute.opened': 'Khiếu nại',
  'dispute.resolved': 'Đã giải quyết khiếu nại',
  'hardship.requested': 'Xin hỗ trợ khó khăn',
  'hold.started': 'Bị tạm dừng',
  'hold.ended': 'Hết tạm dừng',
  'task.resolved': 'Nhân viên đã xử lý',
};

/** Common outcome ids' names (see shared/outcome-names.ts). */
const outcomes: Record<string, string> = {
  completed: 'Hoàn tất',
  paid: 'Đã trả',
  settled: 'Đã tất toán',
  plan: 'Có kế hoạch trả góp',
  noPlan: 'Không có kế hoạch',
  affordablePlan: 'Kế hoạch vừa sức',
  promiseKept: 'Đã giữ hẹn',
  noResponse: 'Không trả lời',
  noContact: 'Chưa liên lạc được',
  unreachable: 'Không liên lạc được',
  handedToAgent: 'Đã chuyển cho nhân viên',
  agentAgreed: 'Đã thỏa thuận với nhân viên',
  agreed: 'Đã đồng ý',
  resolved: 'Đã giải quyết',
  handled: 'Đã xử lý',
  supported: 'Đã hỗ trợ',
  noResolution: 'Chưa giải quyết',
  noActionNeeded: 'Không cần xử lý',
  breathingSpace: 'Tạm hoãn thu nợ',
  disputed: 'Có khiếu nại',
  hardship: 'Gặp khó khăn',
  optedOut: 'Từ chối nhận tin',
};

export const vi: NodeTranslations = {
  wait: forNode(waitNode, {
    problems: {
      notDateFact: '“{fact}” không phải là ngày: hãy chọn ngày đến hạn hoặc một thuộc tính ngày',
    },
    label: 'Chờ',
    help: 'Tạm dừng một thời gian, hoặc đến một ngày như ngày đến hạn',
    summary: (c) =>
      c.mode === 'duration'
        ? `chờ ${duration(words, c.for)}`
        : c.offsetDays === 0
          ? `vào ${factName(words, c.fact)} lúc ${c.atLocalTime}`
          : `${Math.abs(c.offsetDays)} ngày ${c.offsetDays < 0 ? 'trước' : 'sau'} ${factName(words, c.fact)} lúc ${c.atLocalTime}`,
    fields: {
      mode: {
        label: 'Cách chờ',
        help: 'Chờ một khoảng cố định, hoặc đến một ngày lấy từ dữ liệu',
        options: { duration: 'Một khoảng thời gian', untilDate: 'Đến một ngày' },
      },
      for: { label: 'Thời gian chờ', help: 'Chờ bao lâu' },
      fact: { label: 'Ngày', help: 'Dữ liệu ngày cần chờ, ví dụ account.dueDate' },
      offsetDays: {
        label: 'Số ngày chênh lệch',
        help: 'Số ngày so với ngày đó: -3 là ba ngày trước',
      },
      atLocalTime: { label: 'Vào lúc', help: 'Giờ trong ngày, theo giờ địa phương của người vay' },
    },
    ports: { done: 'Xong' },
  }),
  waitForEvent: forNode(waitForEventNode, {
    outcomes: events,
    problems: {
      duplicateEvent: 'sự kiện “{event}” có hai lần: mỗi sự kiện là một lối ra',
    },
    label: 'Chờ sự kiện',
    help: 'Chờ đến khi người vay làm gì đó, hoặc hết thời gian',
    summary: (c) =>
      `${list(
        words,
        c.events.map((e) => outcomeName(e, events)),
        'disjunction',
      )} · tối đa ${duration(words, c.timeout)}`,
    fields: {
      events: {
        label: 'Sự kiện',
        help: 'Các sự kiện cần chờ; mỗi sự kiện có một cổng ra riêng',
        options: events,
      },
      timeout: { label: 'Thời hạn', help: 'Thôi chờ sau khoảng này (cổng “Hết giờ”)' },
    },
    ports: { timeout: 'Hết giờ' },
  }),
  remind: forNode(remindNode, {
    label: 'Nhắc nhở',
    help: 'Gửi tin bằng ngôn ngữ của người vay, trong giờ và giới hạn luật cho phép',
    summary: (c) => messageSummaryIn(words, c),
    fields: {
      ...messageFields,
      purpose: {
        label: 'Mục đích',
        help: 'Tin xác nhận trả lời việc người vay đã làm (thanh toán, kế hoạch): vẫn theo giờ liên hệ nhưng không tính vào giới hạn',
        options: { reminder: 'Nhắc nhở', confirmation: 'Xác nhận' },
      },
      link: {
        label: 'Liên kết',
        help: 'Tin nhắn dẫn đến trang tự phục vụ nào',
        options: {
          portal: 'Cổng thông tin',
          pay: 'Thanh toán',
          promise: 'Hẹn trả',
          plan: 'Kế hoạch',
          lesson: 'Bài học',
        },
      },
      sendWithin: {
        label: 'Gửi trong vòng',
        help: 'Bỏ tin nếu giờ yên tĩnh hoặc giới hạn liên hệ làm trễ lâu hơn khoảng này; tắt đi để không giới hạn',
      },
    },
    ports: { sent: 'Đã gửi', failed: 'Không gửi được' },
  }),
  offerPlan: forNode(offerPlanNode, {
    label: 'Đề xuất kế hoạch',
    help: 'Đề xuất kế hoạch trả góp mà người vay có thể chấp nhận trực tuyến',
    summary: (c) =>
      `${c.options.length} kế hoạch · ${messageSummaryIn(words, c)} · mở trong ${duration(words, c.respondWithin)}`,
    fields: {
      ...messageFields,
      options: { label: 'Kế hoạch', help: 'Các kế hoạch người vay có thể chọn' },
      respondWithin: { label: 'Thời hạn trả lời', help: 'Đề xuất còn mở trong bao lâu' },
      'options.label': { label: 'Tên phương án', help: 'Tên người vay thấy, theo từng ngôn ngữ' },
      'options.instalments': { label: 'Số kỳ trả', help: 'Khoản nợ được chia thành bao nhiêu kỳ' },
      'options.frequency': {
        label: 'Tần suất',
        help: 'Bao lâu trả một lần',
        options: { weekly: 'Hằng tuần', biweekly: 'Hai tuần một lần', monthly: 'Hằng tháng' },
      },
      'options.discountPercent': {
        label: 'Giảm giá (%)',
        help: 'Phần trăm giảm trên tổng số tiền',
      },
      'options.minInstalment': {
        label: 'Số tiền tối thiểu mỗi kỳ',
        help: 'Khoản trả nhỏ nhất được chấp nhận',
      },
    },
    ports: { accepted: 'Chấp nhận', declined: 'Từ chối', noResponse: 'Không trả lời' },
  }),
  promiseToPay: forNode(promiseToPayNode, {
    label: 'Hẹn trả nợ',
    help: 'Để người vay chọn ngày trả; nhắc và kiểm tra một cách nhẹ nhàng',
    summary: (c) =>
      `hẹn trong ${c.maxDaysOut} ngày · ${messageSummaryIn(words, c)} · trả lời trong ${duration(words, c.respondWithin)}`,
    fields: {
      ...messageFields,
      respondWithin: { label: 'Thời hạn trả lời', help: 'Người vay có bao lâu để chọn ngày' },
      maxDaysOut: { label: 'Tối đa số ngày', help: 'Ngày muộn nhất có thể chọn, tính từ hôm nay' },
      graceDays: { label: 'Số ngày ân hạn', help: 'Số ngày sau ngày hẹn trước khi coi là lỡ hẹn' },
      remindBefore: {
        label: 'Nhắc trước',
        help: 'Nhắc trước ngày hẹn khoảng này, lúc 10:00 giờ của họ; tắt đi để không nhắc',
      },
      reminder: { label: 'Tin nhắc', help: 'Tin nhắc trước ngày hẹn, theo từng ngôn ngữ' },
      confirmation: {
        label: 'Xác nhận',
        help: 'Gửi khi người vay chọn ngày, theo từng ngôn ngữ (tùy chọn)',
      },
      minAmountPercent: {
        label: 'Số tiền tối thiểu (%)',
        help: 'Lời hẹn phải trả ít nhất phần này của số tiền đến hạn (0: bao nhiêu cũng được)',
      },
    },
    ports: { kept: 'Giữ hẹn', broken: 'Lỡ hẹn', noResponse: 'Không trả lời' },
  }),
  educationLesson: forNode(educationLessonNode, {
    label: 'Video giáo dục',
    help: 'Chia sẻ một bài học ngắn về tín dụng và trả đúng hạn',
    summary: (c) =>
      `bài học “${c.lesson}” · ${messageSummaryIn(words, c)} · ${duration(words, c.watchWithin)} để xem`,
    fields: {
      ...messageFields,
      lesson: {
        label: 'Bài học',
        help: 'Bài học trong thư viện (tiêu đề, tóm tắt và video theo ngôn ngữ)',
      },
      watchWithin: { label: 'Thời hạn xem', help: 'Chờ bao lâu để người vay xem bài học' },
    },
    ports: { watched: 'Đã xem', notWatched: 'Chưa xem' },
  }),
  escalate: forNode(escalateNode, {
    outcomes,
    problems: {
      duplicateOutcome: 'kết quả “{outcome}” có hai lần',
      timeoutOutcome: '“timeout” là lối ra khi không có trả lời: hãy đặt tên khác cho kết quả',
      unknownOutcomeName: '“{outcome}” có tên nhưng không nằm trong các kết quả',
    },
    label: 'Chuyển cho nhân viên',
    help: 'Chuyển người vay cho nhân viên (hàng đợi, mức ưu tiên, hạn xử lý) và chờ kết quả',
    summary: (c) =>
      `${c.queue} · ${{ low: 'thấp', normal: 'bình thường', high: 'cao', urgent: 'khẩn cấp' }[c.priority]} · hạn ${duration(words, c.sla)}`,
    fields: {
      queue: { label: 'Hàng đợi', help: 'Hàng đợi của nhân viên' },
      priority: {
        label: 'Mức ưu tiên',
        options: { low: 'Thấp', normal: 'Bình thường', high: 'Cao', urgent: 'Khẩn cấp' },
      },
      reason: { label: 'Lý do', help: 'Điều nhân viên cần biết' },
      sla: { label: 'Hạn xử lý (SLA)', help: 'Khi nào công việc đến hạn' },
      outcomes: {
        label: 'Kết quả',
        help: 'Những gì nhân viên có thể quyết định; mỗi kết quả là một cổng ra',
      },
      outcomeLabels: {
        label: 'Tên các kết quả',
        help: 'Tên dễ đọc cho từng kết quả, ví dụ “agreed” → “Đã đồng ý trả góp” (tùy chọn)',
      },
      'outcomeLabels.outcome': { label: 'Kết quả', help: 'Một trong các kết quả ở trên' },
      'outcomeLabels.label': { label: 'Tên', help: 'Tên cho nhân viên và người quản lý' },
      timeout: { label: 'Thời hạn', help: 'Đi tiếp khi chưa có câu trả lời sau khoảng này' },
    },
    ports: { timeout: 'Hết giờ' },
  }),
  branch: forNode(branchNode, {
    problems: {
      duplicatePort:
        'lối ra “{port}” được dùng hai lần (hoặc là “else”): mỗi quy tắc cần một lối ra riêng',
    },
    label: 'Rẽ nhánh',
    help: 'Chọn đường đi theo dữ liệu: số ngày quá hạn, phân khúc, số tiền…',
    summary: (c) =>
      c.rules.length === 0
        ? 'chưa có quy tắc: luôn đi “Trường hợp khác”'
        : `${c.rules.length} quy tắc + trường hợp khác`,
    fields: {
      rules: { label: 'Quy tắc', help: 'Xét theo thứ tự; quy tắc đầu tiên đúng sẽ chọn cổng ra' },
      'rules.label': { label: 'Tên hiển thị', help: 'Tên của lối ra trên sơ đồ (tùy chọn)' },
      'rules.port': { label: 'Cổng ra', help: 'Tên cổng ra cho quy tắc này' },
      'rules.when': { label: 'Khi', help: 'Quy tắc đúng khi các điều kiện về dữ liệu này đúng' },
    },
    ports: { else: 'Trường hợp khác' },
  }),
  split: forNode(splitNode, {
    problems: {
      duplicateVariant: 'phương án “{name}” có hai lần: hãy đặt cho mỗi phương án một tên riêng',
    },
    label: 'Thử nghiệm A/B',
    help: 'So sánh tin nhắn hoặc đề xuất với nhau, công bằng và lặp lại được',
    fields: {
      variants: { label: 'Phương án', help: 'Các phương án và tỷ trọng (tổng phải bằng 100)' },
      experiment: { label: 'Thử nghiệm', help: 'Cách trang kết quả đánh giá các nhánh (tùy chọn)' },
      'variants.name': { label: 'Tên', help: 'Tên phương án (cũng là lối ra của nó)' },
      'variants.weight': {
        label: 'Tỷ trọng (%)',
        help: 'Phần người vay đi vào phương án này, tính theo phần trăm',
      },
      'experiment.primaryMetric': {
        label: 'Chỉ số chính',
        help: 'So sánh các phương án theo tiêu chí nào',
        options: {
          paidWithinDays: 'Trả trong N ngày',
          promiseKept: 'Giữ hẹn trả',
          settled: 'Đã tất toán',
          planAccepted: 'Chấp nhận phương án trả',
        },
      },
      'experiment.paidWithinDays': { label: 'Số ngày trả (N)', help: 'N trong “trả trong N ngày”' },
      'experiment.guardrails': {
        label: 'Chỉ số bảo vệ',
        help: 'Những tỷ lệ không được xấu đi',
        options: { optOut: 'Từ chối nhận tin', hardshipOrDispute: 'Khó khăn hoặc khiếu nại' },
      },
      'experiment.targetLiftPoints': {
        label: 'Mức cải thiện tối thiểu (điểm)',
        help: 'Mức cải thiện nhỏ nhất đáng phát hiện, tính bằng điểm phần trăm',
      },
    },
  }),
  end: forNode(endNode, {
    outcomes,
    label: 'Kết thúc',
    help: 'Kết thúc hành trình với một kết quả để báo cáo',
    summary: (c) => `kết quả: ${outcomeName(c.outcome, outcomes, c.label)}`,
    fields: {
      label: {
        label: 'Tên kết quả',
        help: 'Tên kết quả mà người quản lý đọc, ví dụ “Không trả lời” (tùy chọn)',
      },
      outcome: { label: 'Kết quả', help: 'Nhãn kết quả cho báo cáo, ví dụ “paid”, “plan”' },
    },
  }),
};
