/**
 * What each plan field means, for the editor schema (completion and hover) and docs/plan-format.md.
 *
 * Keyed by the field's path in the JSON Schema (`tasks[].depends_on[].lag`). A field whose zod
 * definition carries its own `.meta({ description })` needs no entry here; an entry here wins over
 * the generic description of a shared type ("An ISO date, YYYY-MM-DD."). The schema sync test fails
 * when a field has neither, or when an entry names a field that does not exist, so a new field
 * cannot ship undescribed and a renamed one cannot leave a stale entry behind.
 */
export const FIELD_DOCS: Readonly<Record<string, string>> = {
  pmcheck: 'The plan format version. Required; 1 is the only version so far.',

  project: 'Who, what and when: the project as a whole. Only project.name is required.',
  'project.id': 'Your own reference for the project, such as a job or opportunity number.',
  'project.client': 'The customer the work is for.',
  'project.name': "The project's name, as the customer knows it. Required.",
  'project.phase':
    'Where the project is. presale: a proposal, judged as one (no spend or contracts expected yet); closed: the close-out rules apply. Absent: judged as a live project.',
  'project.start': 'The planned start of the work.',
  'project.deadline': 'The date the project must finish by: a hard deadline the schedule is checked against.',
  'project.currency': 'The currency of every amount in the plan, such as GBP or EUR.',
  'project.users_affected':
    'How many people the change reaches. Part of deciding whether formal project management is warranted.',
  'project.methodology':
    'How the project is run. On an agile one (agile, scrum, kanban) MoSCoW could-haves count as contingency, a sprint review as a gate, and a product owner may approve a no-cost backlog swap.',

  people: 'Everyone the plan names: the PM, the sponsor, engineers, stakeholders and vendor contacts.',
  'people[].id': 'How the rest of the plan refers to this person (owner, approver, sponsor…).',
  'people[].name': 'Full name, as it appears in reports.',
  'people[].role': 'What they do on the project. The PM, approval and workload rules read it.',
  'people[].organisation': 'The organisation they work for; "(external)" marks a contractor.',
  'people[].email': 'Contact address.',

  sites: 'The places the work happens: offices, depots, data centres.',
  'sites[].id': 'How tasks, deliveries and blackouts refer to this site.',
  'sites[].name': 'The site as people call it.',
  'sites[].address': 'Where it is, for deliveries and engineers.',

  scope: 'What the project will and will not deliver, and who agreed it.',
  'scope.summary': 'One or two sentences: the outcome the customer is paying for.',
  'scope.in_scope': 'The deliverables included, one per item.',
  'scope.out_of_scope': 'What is explicitly excluded, so that nobody assumes it is included.',
  'scope.assumptions': 'What the plan takes as given (access dates, customer resources). A false one is a change.',
  'scope.constraints': 'Limits the work must respect, such as no downtime during quarter-end.',
  'scope.success_criteria':
    'How the customer will judge success. Each should be measurable: a number, a date or a percentage.',
  'scope.moscow.must': 'Must-have items: the minimum the release cannot ship without.',
  'scope.moscow.should': 'Should-have items: important, but the release can ship without them.',
  'scope.moscow.wont': 'Will-not-have items this time: agreed exclusions.',

  tasks: 'The work: each task with its dates, owner, dependencies and kind.',
  'tasks[].id': 'Unique across tasks, milestones and deliveries; dependencies refer to it.',
  'tasks[].name': 'What the work is, as the team knows it.',
  'tasks[].site': 'Site id: where the work happens.',
  'tasks[].start': 'The planned start date.',
  'tasks[].finish': 'The planned finish date. Give finish or duration.',
  'tasks[].duration': 'How long the task takes, in working days (5d, 2w or 3), when no finish is given.',
  'tasks[].actual_start': 'The date the work really started.',
  'tasks[].actual_finish': 'The date the work really finished. Set = the task is done.',
  'tasks[].progress': 'How much of the work is done, 0 to 1 or "60%".',
  'tasks[].depends_on':
    'What must happen first: ids of tasks, milestones or deliveries, or { id, type, lag } for other link types.',
  'tasks[].depends_on[].id': 'The id of the task, milestone or delivery this depends on.',
  'tasks[].depends_on[].type':
    'FS (finish-to-start, the default), SS (start-to-start), FF (finish-to-finish) or SF (start-to-finish).',
  'tasks[].depends_on[].lag': 'Working days to wait after the link (5d); negative for a lead (-2d).',
  'tasks[].kind':
    'What sort of work it is. Scoping work may start before sign-off; migration and cutover work needs a rollback plan; a rollout to many users expects a pilot first.',
  'tasks[].downtime': 'true when the work takes a service down for users.',
  'tasks[].users_affected': 'How many users this piece of work disrupts.',
  'tasks[].rollback_plan': 'How to undo the change if it fails; expected for migration and cutover work.',

  milestones: 'The points the customer and sponsor track: go-lives, sign-offs, payment points.',
  'milestones[].id': 'Unique across tasks, milestones and deliveries.',
  'milestones[].name': 'What is achieved, as the sponsor would say it.',
  'milestones[].forecast': 'The current forecast date; a forecast after due is a slip.',
  'milestones[].done_on': 'The date it was achieved. Set = done.',
  'milestones[].owner': 'Person id: who answers for the milestone.',
  'milestones[].depends_on': 'What must be finished first: ids, or { id, type, lag }.',
  'milestones[].depends_on[].id': 'The id of the task, milestone or delivery this depends on.',
  'milestones[].depends_on[].type':
    'FS (finish-to-start, the default), SS (start-to-start), FF (finish-to-finish) or SF (start-to-finish).',
  'milestones[].depends_on[].lag': 'Working days to wait after the link (5d); negative for a lead (-2d).',
  'milestones[].gate': 'The go/no-go review before the milestone: what must be true, and who decides.',
  'milestones[].gate.criteria': 'What must be true to go ahead, such as "UAT signed" or "Rollback tested".',
  'milestones[].gate.approver': 'Person id: who makes the go/no-go decision.',

  budget: 'The money: the total, the contingency and each line with its plan, commitments and actuals.',
  'budget.total': 'The approved budget for the whole project.',
  'budget.drawdowns[].on': 'The date of the draw.',
  'budget.drawdowns[].amount': 'How much the draw takes from the contingency.',
  'budget.lines': 'The budget by line: one per cost item, vendor or category.',
  'budget.lines[].id': 'How changes and reports refer to this line.',
  'budget.lines[].category': 'What the line buys. A project-management line shows that PM time is in the price.',
  'budget.lines[].description': 'What the line pays for, in words.',
  'budget.lines[].vendor': 'Vendor id: the payee, for earned value by vendor.',
  'budget.lines[].planned': 'The amount planned for this line.',
  'budget.lines[].actual': 'The amount spent so far.',
  'budget.lines[].committed': 'Ordered but not yet invoiced, such as an open purchase order.',
  'budget.lines[].approved': 'Who approved the spend and when. Absent = not approved.',

  vendors: 'The suppliers: their contracts and what they must deliver, when and where.',
  'vendors[].id': 'How tasks and budget lines refer to this vendor.',
  'vendors[].name': "The supplier's name.",
  'vendors[].contact': 'The named contact, such as "Dana Wells <dana@cablecorp.example>".',
  'vendors[].contract': 'The signed contract or order. Absent = no contract yet.',
  'vendors[].contract.signed_on': 'The date the contract was signed.',
  'vendors[].contract.po': 'The purchase order number.',
  'vendors[].deliveries': 'What the vendor must deliver, when and to which site.',
  'vendors[].deliveries[].id': 'Unique across tasks, milestones and deliveries; tasks can depend on it.',
  'vendors[].deliveries[].item': 'What arrives, such as "4x core switches".',
  'vendors[].deliveries[].site': 'Site id: where it must arrive.',
  'vendors[].deliveries[].due': 'The date it is due.',
  'vendors[].deliveries[].received_on': 'The date it arrived. Set = received.',

  changes: 'The change log: every change to scope, cost or dates, with its decision.',
  'changes[].id': 'The change reference, such as CR-001.',
  'changes[].title': 'What changes, in a line.',
  'changes[].raised_on': 'The date the change was requested.',
  'changes[].requested_by': 'Person id: who asked for it.',
  'changes[].impact': 'What the change costs in money, days and scope. Assess it before deciding.',
  'changes[].impact.cost': 'The extra cost (or 0).',
  'changes[].impact.days': 'The working days it adds to the schedule (or 0).',
  'changes[].impact.scope': 'What it adds to or removes from the scope, in words.',
  'changes[].status': 'Where the change stands. An approved or implemented change needs an approval record.',
  'changes[].approved': 'Who approved the change and when. Required before it is implemented.',
  'changes[].implemented_on': 'The date the change was made.',

  risks: 'The risk register: what could go wrong, how likely, how bad, and who is on it.',
  'risks[].id': 'The risk reference, such as R-01.',
  'risks[].title': 'The risk, as a cause and its effect.',
  'risks[].likelihood': 'How likely: 1 to 5, or low, medium or high.',
  'risks[].impact': 'How bad if it happens: 1 to 5, or low, medium or high.',
  'risks[].owner': 'Person id: who watches the risk and carries out the mitigation.',
  'risks[].mitigation': 'What is being done to make it less likely or less harmful.',
  'risks[].status':
    'Absent = open. occurred: it happened, and is now an issue to manage; handed-over: passed to its owner in operations at close.',
  'risks[].raised_on': 'The date the risk was logged.',
  'risks[].reviewed_on': 'The date the risk was last reviewed.',

  communication: 'How the project keeps people informed: cadence, audience, escalation and status reports.',
  'communication.cadence': 'How often status is reported; a report older than that is overdue.',
  'communication.channel': 'How it is reported, such as email or a weekly call.',
  'communication.audience': 'Person ids: who receives the status reports.',
  'communication.escalation': 'Who to go to when something is stuck, in order, such as "eng1 -> pat -> alice".',
  'communication.kickoff_on': 'The date of the kick-off meeting.',
  'communication.status_reports': 'The status reports sent so far, each with its RAG rating.',
  'communication.status_reports[].on': 'The date of the report.',
  'communication.status_reports[].rag': 'The rating the report gave. A green report while work slips is flagged.',
  'communication.status_reports[].summary': 'What the report said, in a line.',
  'communication.sprint_review.cadence': 'How often the review is held.',
  'communication.sprint_review.audience': 'Person ids: who attends and decides.',

  blackouts: 'Windows when the business must not be disrupted, such as a quarter-end close.',
  'blackouts[].id': 'An optional reference for the window.',
  'blackouts[].name': 'What the window protects, such as "Quarter-end close".',
  'blackouts[].from': 'The first day of the window.',
  'blackouts[].to': 'The last day of the window (inclusive).',
};
