// The built-in nodes' editor texts in Chinese (Simplified).
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
  locale: 'zh',
  channels: { sms: '短信', whatsapp: 'WhatsApp', email: '邮件', push: '推送', voice: '语音' },
  noText: '暂无内容',
  segments: (n) => `${n} 段`,
  fallback: (channel) => `备用：${channel}`,
};

const channelOptions = {
  sms: '短信',
  whatsapp: 'WhatsApp',
  email: '邮件',
  push: '推送',
  voice: '语音',
};
const messageFields = {
  channel: { label: '渠道', help: '发送渠道', options: channelOptions },
  fallbackChannel: {
    label: '备用渠道',
    help: '借款人退订主渠道时使用',
    options: channelOptions,
  },
  message: { label: '消息', help: '各语言的消息内容（Liquid 模板）' },
  subject: { label: '主题', help: '各语言的邮件主题' },
};

/** Each event's exit, by the event's name. */
const events: Record<string, string> = {
  'payment.received': '已付款',
  'payment.settled': '款项已到账',
  'ptp.promised': '承诺还款',
  'ptp.cancelled': '撤回承诺',
  'plan.accepted': '接受方案',
  'plan.declined': '拒绝方案',
  'lesson.watched': '看了课程',
  'message.delivered': '已送达',
  'message.failed': '未送达',
  'message.read': '已读',
  'reply.received': '已回复',
  'contact.optedOut': '已退订',
  'contact.ceased': '要求停止联系',
  'dispute.opened': '提出异议',
  'dispute.resolved': '异议已解决',
  'hardship.requested': '申请困难援助',
  'hold.started': '已暂停',
  'hold.ended': '暂停结束',
  'task.resolved': '坐席已处理',
};

/** Common outcome ids' names (see shared/outcome-names.ts). */
const outcomes: Record<string, string> = {
  completed: '已完成',
  paid: '已还款',
  settled: '已结清',
  plan: '已有还款计划',
  noPlan: '未达成计划',
  affordablePlan: '可负担的计划',
  promiseKept: '已履行承诺',
  noResponse: '未回复',
  noContact: '未联系上',
  unreachable: '联系不上',
  handedToAgent: '已转交坐席',
  agentAgreed: '已与坐席达成一致',
  agreed: '已同意',
  resolved: '已解决',
  handled: '已处理',
  supported: '已提供帮助',
  noResolution: '未解决',
  noActionNeeded: '无需处理',
  breathingSpace: '暂缓催收',
  disputed: '有争议',
  hardship: '经济困难',
  optedOut: '已退订',
};

export const zh: NodeTranslations = {
  wait: forNode(waitNode, {
    problems: {
      notDateFact: '“{fact}”不是日期：请选择到期日或某个日期属性',
    },
    label: '等待',
    help: '暂停一段时间，或等到某个日期（如到期日）',
    summary: (c) =>
      c.mode === 'duration'
        ? `等待 ${duration(words, c.for)}`
        : c.offsetDays === 0
          ? `${factName(words, c.fact)} 当天 ${c.atLocalTime}`
          : `${factName(words, c.fact)} ${c.offsetDays < 0 ? '前' : '后'} ${Math.abs(c.offsetDays)} 天 ${c.atLocalTime}`,
    fields: {
      mode: {
        label: '方式',
        help: '等待固定时长，或等到数据中的某个日期',
        options: { duration: '固定时长', untilDate: '等到某个日期' },
      },
      for: { label: '时长', help: '等待多久' },
      fact: { label: '日期', help: '要等待的日期数据，例如 account.dueDate' },
      offsetDays: { label: '相差天数', help: '相对该日期的天数：-3 表示提前三天' },
      atLocalTime: { label: '时间', help: '一天中的时间，按借款人当地时间' },
    },
    ports: { done: '完成' },
  }),
  waitForEvent: forNode(waitForEventNode, {
    outcomes: events,
    problems: {
      duplicateEvent: '事件“{event}”出现了两次：每个事件对应一个出口',
    },
    label: '等待事件',
    help: '等待借款人采取行动，或直到超时',
    summary: (c) =>
      `${list(
        words,
        c.events.map((e) => outcomeName(e, events)),
        'disjunction',
      )} · 最长 ${duration(words, c.timeout)}`,
    fields: {
      events: { label: '事件', help: '要等待的事件；每个事件有自己的出口', options: events },
      timeout: { label: '超时', help: '超过这段时间后不再等待（“超时”出口）' },
    },
    ports: { timeout: '超时' },
  }),
  remind: forNode(remindNode, {
    label: '提醒',
    help: '用借款人的语言发送消息，遵守法定时段和次数上限',
    summary: (c) => messageSummaryIn(words, c),
    fields: {
      ...messageFields,
      purpose: {
        label: '用途',
        help: '确认消息是对借款人行为（付款、方案）的回应：遵守联系时段，但不计入次数上限',
        options: { reminder: '提醒', confirmation: '确认' },
      },
      link: {
        label: '链接',
        help: '消息链接到哪个自助页面',
        options: {
          portal: '门户',
          pay: '付款',
          promise: '承诺还款',
          plan: '还款方案',
          lesson: '课程',
        },
      },
      sendWithin: {
        label: '最迟发送',
        help: '如果免打扰时段或联系上限使消息延迟超过这段时间，就不再发送；关闭则不限',
      },
    },
    ports: { sent: '已发送', failed: '未发送' },
  }),
  offerPlan: forNode(offerPlanNode, {
    label: '提供还款方案',
    help: '提供借款人可在线接受的分期还款方案',
    summary: (c) =>
      `${c.options.length} 个方案 · ${messageSummaryIn(words, c)} · 有效期 ${duration(words, c.respondWithin)}`,
    fields: {
      ...messageFields,
      options: { label: '方案', help: '借款人可选择的方案' },
      respondWithin: { label: '答复期限', help: '方案保持有效的时长' },
      'options.label': { label: '方案名称', help: '借款人看到的名称，按语言填写' },
      'options.instalments': { label: '还款期数', help: '欠款分几期还清' },
      'options.frequency': {
        label: '还款频率',
        help: '多久还一次',
        options: { weekly: '每周', biweekly: '每两周', monthly: '每月' },
      },
      'options.discountPercent': { label: '折扣（%）', help: '总额的折扣百分比' },
      'options.minInstalment': { label: '每期最低还款', help: '可接受的最小单期还款额' },
    },
    ports: { accepted: '已接受', declined: '已拒绝', noResponse: '未答复' },
  }),
  promiseToPay: forNode(promiseToPayNode, {
    label: '承诺还款',
    help: '让借款人选择还款日期；温和地提醒和核实',
    summary: (c) =>
      `${c.maxDaysOut} 天内承诺 · ${messageSummaryIn(words, c)} · ${duration(words, c.respondWithin)}内答复`,
    fields: {
      ...messageFields,
      respondWithin: { label: '答复期限', help: '借款人选择日期的期限' },
      maxDaysOut: { label: '最多天数', help: '可选的最晚日期，从今天算起的天数' },
      graceDays: { label: '宽限天数', help: '承诺日期之后多少天才算违约' },
      remindBefore: {
        label: '提前提醒',
        help: '在承诺日期前这段时间、对方当地 10:00 提醒；关闭则不提醒',
      },
      reminder: { label: '提醒消息', help: '承诺日期前的提醒，各语言' },
      confirmation: { label: '确认消息', help: '选定日期时发送，各语言（可选）' },
      minAmountPercent: {
        label: '最低金额（%）',
        help: '承诺金额至少要占应还金额的比例（0：任意金额）',
      },
    },
    ports: { kept: '已兑现', broken: '未兑现', noResponse: '未答复' },
  }),
  educationLesson: forNode(educationLessonNode, {
    label: '教育视频',
    help: '分享一节关于信用和按时还款的短课程',
    summary: (c) =>
      `课程“${c.lesson}” · ${messageSummaryIn(words, c)} · ${duration(words, c.watchWithin)}内观看`,
    fields: {
      ...messageFields,
      lesson: { label: '课程', help: '课程库中的课程（各语言的标题、摘要和视频）' },
      watchWithin: { label: '观看期限', help: '等待课程被观看的时长' },
    },
    ports: { watched: '已观看', notWatched: '未观看' },
  }),
  escalate: forNode(escalateNode, {
    outcomes,
    problems: {
      duplicateOutcome: '结果“{outcome}”出现了两次',
      timeoutOutcome: '“timeout”是无人答复时的出口：请给该结果换个名字',
      unknownOutcomeName: '“{outcome}”有名称，但不在结果列表中',
    },
    label: '转人工',
    help: '把借款人转给坐席（队列、优先级、时限），并等待结果',
    summary: (c) =>
      `${c.queue} · ${{ low: '低', normal: '普通', high: '高', urgent: '紧急' }[c.priority]} · 时限 ${duration(words, c.sla)}`,
    fields: {
      queue: { label: '队列', help: '坐席队列' },
      priority: {
        label: '优先级',
        options: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
      },
      reason: { label: '原因', help: '坐席需要知道的情况' },
      sla: { label: '处理时限（SLA）', help: '任务何时到期' },
      outcomes: { label: '处理结果', help: '坐席可作出的决定；每个都是一个出口' },
      outcomeLabels: {
        label: '结果名称',
        help: '为每个结果起一个易读的名称，例如“agreed”→“同意分期”（可选）',
      },
      'outcomeLabels.outcome': { label: '结果', help: '上面列出的结果之一' },
      'outcomeLabels.label': { label: '名称', help: '坐席和经理看到的名称' },
      timeout: { label: '超时', help: '超过这段时间无答复则继续' },
    },
    ports: { timeout: '超时' },
  }),
  branch: forNode(branchNode, {
    problems: {
      duplicatePort: '出口“{port}”被使用了两次（或名为“else”）：请给每条规则设置自己的出口',
    },
    label: '分支',
    help: '按数据选择路径：逾期天数、客群、金额…',
    summary: (c) =>
      c.rules.length === 0 ? '暂无规则：总是走“其他情况”' : `${c.rules.length} 条规则 + 其他情况`,
    fields: {
      rules: { label: '规则', help: '按顺序检查；第一条成立的规则决定出口' },
      'rules.label': { label: '显示名称', help: '该出口在画布上显示的名称（可选）' },
      'rules.port': { label: '出口', help: '此规则的出口名称' },
      'rules.when': { label: '条件', help: '当这些数据条件成立时，该规则成立' },
    },
    ports: { else: '其他情况' },
  }),
  split: forNode(splitNode, {
    problems: {
      duplicateVariant: '版本“{name}”出现了两次：请给每个版本起不同的名字',
    },
    label: 'A/B 测试',
    help: '公平、可重复地比较不同消息或方案',
    fields: {
      variants: { label: '版本', help: '各版本及其权重（合计须为 100）' },
      experiment: { label: '实验', help: '结果页如何评判各组（可选）' },
      'variants.name': { label: '名称', help: '版本名称（也是它的出口）' },
      'variants.weight': { label: '权重（%）', help: '进入该版本的借款人比例' },
      'experiment.primaryMetric': {
        label: '主要指标',
        help: '用什么比较各版本',
        options: {
          paidWithinDays: 'N 天内还款',
          promiseKept: '履行承诺',
          settled: '已结清',
          planAccepted: '接受方案',
        },
      },
      'experiment.paidWithinDays': { label: '还款天数（N）', help: '“N 天内还款”中的 N' },
      'experiment.guardrails': {
        label: '保护指标',
        help: '不得变差的比率',
        options: { optOut: '退订', hardshipOrDispute: '困难或争议' },
      },
      'experiment.targetLiftPoints': {
        label: '最小提升（百分点）',
        help: '值得检测的最小提升，以百分点计',
      },
    },
  }),
  end: forNode(endNode, {
    outcomes,
    label: '结束',
    help: '以一个结果结束旅程，用于报表',
    summary: (c) => `结果：${outcomeName(c.outcome, outcomes, c.label)}`,
    fields: {
      label: { label: '结果名称', help: '经理看到的结果名称，例如“未回复”（可选）' },
      outcome: { label: '结果', help: '报表中的结果标签，例如“paid”、“plan”' },
    },
  }),
};
