// Sentence codes on sentences written for this test, never taken from the labelled data: varied
// professions (finance, SaaS support, coaching, insurance, real estate, B2B sales, healthcare
// admin, legal), short and long, curly apostrophes, lower case, a missing "?", and the close
// calls between codes. Each row says the code it must carry and, for a close call, the code it
// must not carry.
import { describe, expect, it } from 'vitest';
import { codeSentence } from '../../../src/engine/codes';
import type { SentenceCode } from '../../../src/engine/types';

type Row = [text: string, must: SentenceCode, mustNot?: SentenceCode];

const code = (text: string) => codeSentence(text, { pressured: false });

const TABLE: Record<string, Row[]> = {
  'question.open': [
    ['What would a good outcome look like for your retirement?', 'question.open'],
    ['How has the new dashboard been working for your team so far?', 'question.open'],
    ['Could you tell me more about what happened at the closing?', 'question.open', 'question.closed'],
    ['Walk me through how your claims team handles a water-damage report.', 'question.open'],
    ['what’s been the hardest part of the move for you', 'question.open'],
    ['Tell me a bit about how the billing change landed with your finance lead.', 'question.open'],
    ['When you think about the next six months, what worries you most about cash flow?', 'question.open'],
    ['I’m curious what made you pause on the renewal.', 'question.open'],
    ['How do you feel about the settlement offer', 'question.open'],
    ['Why does the current vendor feel like a better fit right now?', 'question.open'],
    ['Help me understand what the front desk needs from the new scheduling tool.', 'question.open'],
    ['Before we draft anything, what matters most to you in the lease terms?', 'question.open'],
    ['Anything else on your mind about the coverage?', 'question.open', 'question.closed'],
    ['I’m just trying to picture what do you think your team would say if you left?', 'question.open', 'question.closed'],
  ],
  'question.closed': [
    ['Do you have the policy number handy?', 'question.closed'],
    ['Can we move the call to Thursday?', 'question.closed'],
    ['What time works for the inspection?', 'question.closed', 'question.open'],
    ['Is the 15th still the target date for signing?', 'question.closed'],
    ['Did the reset link arrive?', 'question.closed'],
    ['How many seats does your team need?', 'question.closed', 'question.open'],
    ['are you still with the same employer', 'question.closed'],
    ['Has the referral letter come through from your GP?', 'question.closed'],
    ['Which date suits you for the mediation?', 'question.closed', 'question.open'],
    ['Would Monday or Wednesday be better for the walkthrough?', 'question.closed', 'permission'],
    ['Is your mortgage with a fixed or variable rate?', 'question.closed'],
    ['Should I book the room for two hours?', 'question.closed'],
    ['On a scale of 1 to 10, how ready do you feel to switch plans?', 'question.closed', 'question.open'],
  ],
  'reflection.simple': [
    ['You mentioned the onboarding took longer than expected.', 'reflection.simple'],
    ['So the monthly fee is what’s holding you back.', 'reflection.simple'],
    ['You’re wondering whether the warranty covers the roof.', 'reflection.simple'],
    ['As you said, the move-in date is fixed.', 'reflection.simple'],
    ['you said the renewal quote went up twice this year', 'reflection.simple'],
    ['If I understand you correctly, the export fails only on large files.', 'reflection.simple'],
    ['You’ve been comparing two other vendors this month.', 'reflection.simple'],
    ['So you want the appointment moved to after school hours.', 'reflection.simple'],
    ['You’re looking for something closer to your office.', 'reflection.simple'],
    ['You raised the point about the notice period in the contract.', 'reflection.simple'],
    ['What I’m hearing is that the reports need to go out by Monday.', 'reflection.simple', 'question.open'],
    ['You felt the first session moved too fast.', 'reflection.simple'],
  ],
  'reflection.complex': [
    ['It sounds like the surprise bill shook your trust in us.', 'reflection.complex'],
    ['Part of you wants to sell now, and part of you wants to wait for a better market.', 'reflection.complex'],
    ['It must feel discouraging to be turned down after all that paperwork.', 'reflection.complex'],
    ['On the one hand the new plan saves money; on the other hand you’d lose the doctors you know.', 'reflection.complex'],
    ['I get the sense you’re carrying most of this on your own.', 'reflection.complex'],
    ['it sounds like the outages have put you in a hard place with your own customers', 'reflection.complex'],
    ['It seems like the real worry isn’t the price but whether your team will use it.', 'reflection.complex'],
    ['I can hear how much the delays have cost you.', 'reflection.complex'],
    ['That would wear anyone down, waiting three months for an answer.', 'reflection.complex'],
    ['It makes sense that you’d want a second opinion before a surgery like this.', 'reflection.complex'],
    ['Sounds like you’re torn between loyalty to your broker and the better rate.', 'reflection.complex'],
    ['It sounds as though you’re ready for a change, even if the timing feels daunting.', 'reflection.complex'],
  ],
  // Spoken turns (a coach or clinician talking, transcribed): listening frames in their spoken
  // forms, "so…" summaries, what the client is doing now, what matters to them, and rising
  // statements. Written for this test; the close calls are the writer's own plans and facts.
  'spoken reflections': [
    ['It sounds to me like the night shifts are wearing you out.', 'reflection.complex'],
    ['It does sound as though the move changed a lot for your family.', 'reflection.complex'],
    ['I’m getting a strong sense that weekends are the hardest part.', 'reflection.complex'],
    ['So I’m hearing that the evenings are when the cravings hit.', 'reflection.simple'],
    ['So cooking at home has become the part of the week you look forward to.', 'reflection.simple'],
    ['So the long drive to the clinic is wearing thin.', 'reflection.simple'],
    ['So we can look at the budget again next week.', 'advice', 'reflection.simple'],
    ['So I’d suggest starting with the smaller dose.', 'advice', 'reflection.simple'],
    ['Right now you’re juggling two jobs and a toddler.', 'reflection.simple'],
    ['You’re getting a refund for the duplicate charge.', 'advice', 'reflection.simple'],
    ['Your brother’s opinion is really important to you.', 'reflection.simple'],
    ['It is important for you to bring your ID on the day.', 'advice', 'reflection.simple'],
    ['So you’ve stopped going to the gym?', 'reflection.simple'],
    ['So you’ve stopped going to the gym?', 'question.closed'],
    ['It sounds like the gym feels out of reach right now?', 'reflection.simple', 'question.closed'],
    ['So you feel let down by how the last clinic handled it?', 'reflection.simple', 'question.closed'],
    ['So on one hand the job pays well, and on the other you barely see your kids?', 'reflection.complex', 'question.closed'],
    ['So the new shift pattern starts on Monday?', 'question.closed'],
    ['Sometimes you skip breakfast when the mornings get busy.', 'reflection.simple'],
    ['But you’ve cut back to weekends only.', 'reflection.simple'],
    [
      'So the commute eats two hours a day, the childcare costs more than planned, and your manager keeps adding shifts at short notice?',
      'reflection.simple',
      'question.closed',
    ],
  ],
  affirmation: [
    ['Thanks for being so candid about the budget.', 'affirmation'],
    ['You’ve clearly put real care into how you present this to the board.', 'affirmation'],
    ['That took courage, telling your manager about the mistake.', 'affirmation'],
    ['Great work getting all the documents in before the deadline.', 'affirmation'],
    ['I really appreciate you flagging the error so quickly.', 'affirmation'],
    ['You’ve made real progress on your savings goal this quarter.', 'affirmation'],
    ['Well done on sticking with the exercise plan through a busy month.', 'affirmation'],
    ['thanks for pushing back on the draft, it made the contract better', 'affirmation'],
    ['Congratulations on closing your first round.', 'affirmation'],
    ['That was a smart move, checking the title before you made an offer.', 'affirmation'],
    ['Your persistence with the insurer really shows.', 'affirmation'],
    ['It says a lot about you that you asked for feedback.', 'affirmation'],
  ],
  autonomy: [
    ['Whether you renew is entirely your call.', 'autonomy'],
    ['You know your clinic’s workflow better than anyone.', 'autonomy'],
    ['Whatever you decide about the offer, I’ll help you carry it out.', 'autonomy'],
    ['There’s no rush to choose a plan.', 'autonomy'],
    ['It’s up to you whether we file now or wait for the second appraisal.', 'autonomy'],
    ['You don’t have to commit to anything on this call.', 'autonomy'],
    ['take your time with the paperwork', 'autonomy'],
    ['The final say on the settlement stays with you.', 'autonomy'],
    ['If you’d rather keep the current provider, that’s completely fine too.', 'autonomy'],
    ['Either option is reasonable for a team your size.', 'autonomy'],
    ['How fast we go is your decision.', 'autonomy'],
    ['You get to decide which features we turn on first.', 'autonomy'],
  ],
  permission: [
    ['Would it help if I sent a comparison of the two policies?', 'permission', 'question.closed'],
    ['Shall we go through the inspection report together?', 'permission', 'question.closed'],
    ['Would you like me to outline what other practices did?', 'permission', 'question.closed'],
    ['May I share a thought about the repayment schedule?', 'permission', 'question.closed'],
    ['Is it okay if I suggest a different order for the migration?', 'permission', 'question.closed'],
    ['Would you be open to hearing how similar cases have gone?', 'permission', 'question.closed'],
    ['If it would be useful, I can put together a short checklist for the move.', 'permission'],
    ['Do you mind if I ask a few questions about the incident first?', 'permission'],
    ['would it be helpful if i walked you through the new claim form', 'permission'],
    ['Can I offer one idea on how to phrase this to your landlord?', 'permission', 'question.closed'],
    ['If you’re open to it, we could map out the options together.', 'permission'],
    ['I’d be happy to walk through the pricing tiers whenever you’re ready.', 'permission'],
  ],
  advice: [
    ['The premium tier includes priority support.', 'advice'],
    ['I’d recommend starting with the quarterly plan.', 'advice'],
    ['Most clients in your bracket put 10% into the index fund.', 'advice'],
    ['The listing price is about 5% above recent sales on the street.', 'advice'],
    ['One option is to split the payment into three instalments.', 'advice'],
    ['You could consider a shorter lease to keep your options open.', 'advice'],
    ['Clearing the cache usually fixes the login loop.', 'advice'],
    ['The court normally sets a hearing date within eight weeks.', 'advice'],
    ['the clinic needs the referral before the first appointment', 'advice'],
    ['My suggestion would be to keep the old system running for a month alongside the new one.', 'advice'],
    ['It might be worth asking the seller for the maintenance records.', 'advice'],
    ['Your plan renews automatically on the 1st of each month.', 'advice'],
  ],
  other: [
    ['Hi Dana,', 'other'],
    ['Good morning Mr. Okafor,', 'other'],
    ['Best regards,', 'other'],
    ['Thanks for your patience while we looked into this.', 'other', 'affirmation'],
    ['I’ll send the signed copy by Friday.', 'other'],
    ['Please find attached the updated schedule.', 'other'],
    ['Talk soon', 'other'],
    ['Feel free to reach out if anything comes up.', 'other'],
    ['Hope your week is off to a good start.', 'other'],
    ['We’ll confirm the appointment by text.', 'other'],
    ['Thank you for meeting with the team on Friday.', 'other', 'affirmation'],
    ['Cheers, Tomás', 'other'],
    ['Thank you so much.', 'other', 'advice'],
    ['Thank you, Priya.', 'other', 'advice'],
    ['You’re welcome.', 'other', 'reflection.simple'],
    ['You’re welcome to bring a friend to the session.', 'advice', 'other'],
  ],
};

describe('sentence codes generalise beyond the labelled data', () => {
  for (const [name, rows] of Object.entries(TABLE)) {
    describe(name, () => {
      it('has at least 12 sentences', () => expect(rows.length).toBeGreaterThanOrEqual(12));
      it.each(rows)('%j carries %s', (text, must, mustNot) => {
        const codes = code(text);
        expect(codes, JSON.stringify(codes)).toContain(must);
        if (mustNot) expect(codes, JSON.stringify(codes)).not.toContain(mustNot);
      });
    });
  }
});
