-- The self-care library: product content written for BackCare (not demo data). Care plans refer to items by slug,
-- so a slug is forever: change an item's words in a new migration, never delete or rename it.
-- Next step (not here yet): home_programme_items (plan → item_slug references homecare_items) and the client's
-- ticks per programme item and day, from which the streak is computed.

-- Every line of steps, cautions and "who should not" must say something: no empty list, no blank line.
create function homecare_filled(lines text[]) returns boolean
    language sql immutable
as $fn$
    select coalesce(cardinality(lines) > 0 and bool_and(line is not null and length(btrim(line)) > 0), false)
    from unnest(lines) as line
$fn$;

create table homecare_kinds (
    kind     text primary key check (kind in ('MOVEMENT', 'HEAT', 'STRETCH', 'SELF_MASSAGE', 'PREPARATION', 'AFTERCARE')),
    position int  not null unique,
    title    text not null check (length(btrim(title)) between 1 and 60),
    intro    text not null check (length(btrim(intro)) between 1 and 400)
);

create table homecare_items (
    slug             text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind             text   not null references homecare_kinds (kind)
                            check (kind in ('MOVEMENT', 'HEAT', 'STRETCH', 'SELF_MASSAGE', 'PREPARATION', 'AFTERCARE')),
    position         int    not null,
    title            text   not null check (length(btrim(title)) between 1 and 80),
    summary          text   not null check (length(btrim(summary)) between 1 and 300),
    why_it_helps     text   not null check (length(btrim(why_it_helps)) > 0),
    -- how honest we can be about it: GUIDELINE (guidelines advise it), MODERATE, WEAK, COMFORT (no claim beyond comfort)
    evidence         text   not null check (evidence in ('GUIDELINE', 'MODERATE', 'WEAK', 'COMFORT')),
    how_often        text   not null check (length(btrim(how_often)) > 0),
    steps            text[] not null check (homecare_filled(steps)),
    cautions         text[] not null check (homecare_filled(cautions)),
    not_for          text[] not null check (homecare_filled(not_for)),
    illustration     text check (illustration ~ '^/images/homecare/[a-z0-9-]+\.svg$'),
    illustration_alt text check (length(btrim(illustration_alt)) > 0),
    -- ids in the clinical fact sheet (rule ids like A2, section numbers like 7.1) the item rests on
    sources          text[] not null default '{}',
    unique (kind, position),
    check ((illustration is null) = (illustration_alt is null))
);

create table homecare_equipment (
    item_slug   text not null references homecare_items (slug) on delete cascade,
    position    int  not null,
    name        text not null check (length(btrim(name)) between 1 and 120),
    optional    boolean not null default false,
    -- what the shop sells for it, if anything
    product_tag text check (product_tag in ('FOAM_ROLLER', 'MASSAGE_BALL', 'HOOK_TOOL', 'HEAT_PACK', 'COLD_PACK',
                                            'SEAT_CUSHION', 'KINESIOLOGY_TAPE', 'TOPICAL_SALVE')),
    primary key (item_slug, position)
);

insert into homecare_kinds (kind, position, title, intro) values
('MOVEMENT', 1, $$Keep moving, rest well$$,
 $$Staying active is the most dependable thing you can do for a sore back. These help you keep going through the day, and rest comfortably when you need to.$$),
('HEAT', 2, $$Warmth$$,
 $$Gentle heat is one of the few home remedies with decent research behind it for recent back pain.$$),
('STRETCH', 3, $$Gentle stretches$$,
 $$Slow, easy stretches to ease stiffness and help you move more freely. A stretch should feel like a comfortable pull, never like pain.$$),
('SELF_MASSAGE', 4, $$Self-massage$$,
 $$Ways to ease tight muscles between sessions, with your hands or a simple tool. Gentle pressure is enough. Research on self-massage is still thin, so think of it as comfort care you control.$$),
('PREPARATION', 5, $$Before your session$$,
 $$A few simple things that help you arrive relaxed and get the most from your massage.$$),
('AFTERCARE', 6, $$After your session$$,
 $$What to do in the day or two after a massage, and when to let us know how you feel.$$);

-- ---------------------------------------------------------------- keep moving, rest well

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('stay-active', 'MOVEMENT', 1, $$Stay active$$,
$$Keep doing your everyday things as well as you can. Gentle, regular movement helps most backs settle sooner than resting in bed.$$,
$$When researchers compared advice to stay active with bed rest, people who kept moving had a little less pain and got back to their usual day a little sooner. Back-pain guidelines now agree: avoid bed rest and return to normal activities, including work, as you are able. Moving may feel uncomfortable at first. That discomfort does not mean your back is being harmed.$$,
'GUIDELINE',
$$Every day. Spread activity through the day and build up a little each week.$$,
ARRAY[
 $$Carry on with your normal day as much as you can: getting dressed, light jobs around the home, and work if you are able.$$,
 $$Take a short walk once or twice a day. Start with what feels manageable, even five minutes, and add a few minutes every couple of days.$$,
 $$Change position often. If sitting is hard, stand for a while; if standing is hard, walk or sit.$$,
 $$Pace bigger jobs: split them into shorter pieces with breaks, rather than stopping them altogether.$$,
 $$When you need a rest, lie down for a short while in a comfortable position, then get up and move again.$$],
ARRAY[
 $$Some discomfort while moving is normal. Ease off a little if pain is clearly worse for more than a day after an activity, then build up again more slowly.$$,
 $$Get advice if pain spreads down a leg, or you notice tingling, numbness or weakness in a leg.$$,
 $$If your pain started after a fall or an accident, get checked by a doctor before you build up activity.$$],
ARRAY[
 $$Anyone with warning signs (numbness around the groin or buttocks, new trouble controlling the bladder or bowels, or a leg getting weaker) should go to the emergency department now instead.$$,
 $$If a doctor or surgeon has asked you to limit activity after an operation or injury, follow their advice first.$$],
'{A1,7.2}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('movement-breaks', 'MOVEMENT', 2, $$Movement breaks when you sit a lot$$,
$$Get up and move for a minute or two about every half hour when you sit for work, driving or screens.$$,
$$Staying in one position for a long time tends to leave a back stiff and achy. Research on sitting set-ups is weak: no chair, cushion or standing desk has been shown to treat back pain, and standing all day is no better than sitting. What helps most people feel better is simply changing position often. A seat cushion or a small cushion behind your lower back can make sitting more comfortable; think of it as comfort, not treatment.$$,
'WEAK',
$$A break of one or two minutes about every 30 minutes of sitting, every day you sit a lot.$$,
ARRAY[
 $$Set a gentle reminder on your phone or computer for every 30 minutes.$$,
 $$When it goes off, stand up, roll your shoulders and take a few steps: to the window, to refill your glass, or up and down the stairs.$$,
 $$Add one easy movement if it feels good, such as a few slow hip circles or gently leaning back with your hands on your hips.$$,
 $$Sit back down a little differently: feet flat, hips level with or slightly higher than your knees, and your lower back resting against the chair or a small cushion if that feels better.$$,
 $$On long drives, stop every hour or two to get out and walk for a few minutes.$$],
ARRAY[
 $$Cushions and supports are for comfort only. If one makes sitting less comfortable, leave it out.$$,
 $$Stop any movement that sends pain down a leg.$$,
 $$If standing up makes you dizzy, stand slowly and hold on to something steady.$$],
ARRAY[
 $$If a doctor or surgeon has asked you to limit certain movements, for example after an operation, follow their advice and ask which movements suit you.$$],
'{A5,7.5}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, illustration, illustration_alt, sources)
values ('side-lying-rest', 'MOVEMENT', 3, $$Resting on your side$$,
$$A comfortable side-lying position with pillows, for short rests when your back is sore and for sleep.$$,
$$Lying on your side with your knees bent and a pillow between them keeps your spine and hips in a relaxed line, so muscles can let go. It is also the position we use for massage later in pregnancy. Short rests are fine when you need them; the aim is to rest for a while and then move again, because long spells in bed tend to slow recovery.$$,
'COMFORT',
$$Short rests of 20 to 30 minutes during the day when you need them, and at night for sleep.$$,
ARRAY[
 $$Lie on your side on a bed or a firm sofa, with a pillow under your head so your neck is level with your spine.$$,
 $$Bend your hips and knees a little, as if you were sitting in a chair.$$,
 $$Put a pillow between your knees, and one between your ankles if you like, so your top leg does not roll forward.$$,
 $$Hug a pillow to your chest if that eases your shoulders. In pregnancy, a small pillow under your bump can help too.$$,
 $$Breathe slowly and let your back and hips soften.$$,
 $$To get up, bring your knees up a little, lower your legs over the edge of the bed and push yourself up with your arms.$$],
ARRAY[
 $$During the day, rest in short spells and then get up and move gently.$$,
 $$If one side makes a hip or shoulder ache, switch sides or add more padding.$$,
 $$If no position eases your pain and it keeps you awake night after night, tell your doctor.$$],
ARRAY[
 $$If you have had recent hip or back surgery, use the positions your surgical team gave you.$$,
 $$From about 20 weeks of pregnancy, do not rest flat on your back. Rest on your side, the left side if you can, which is best for your circulation.$$],
'/images/homecare/side-lying-rest.svg',
$$A person lying on their left side on a bed, knees bent, with a pillow under the head and another between the knees.$$,
'{A1,3.9,3.10}');

-- ---------------------------------------------------------------- warmth

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('heat-wrap', 'HEAT', 1, $$Heat wrap or heat pack$$,
$$Gentle warmth across your lower back eases pain and stiffness, especially in the first weeks of a bout of back pain.$$,
$$In trials with people whose back pain had started within the last few weeks or months, a heat wrap eased pain over the following days, and adding gentle exercise helped further. Guideline groups rate this as moderate-quality evidence, which is better than most home remedies. Use warmth to loosen up, then move. A cold pack is fine if you prefer it, but there is too little research to say whether cold helps.$$,
'MODERATE',
$$15 to 20 minutes at a time, a few times a day. Low-heat wearable wraps are made to be worn for longer: follow the instructions on the pack.$$,
ARRAY[
 $$Warm the pack as its instructions say. It should feel pleasantly warm, never hot.$$,
 $$Wrap it in a thin towel or place it over a layer of clothing, not straight on bare skin.$$,
 $$Lay it across your lower back and sit or lie comfortably, or keep moving gently if it is a wearable wrap.$$,
 $$Check your skin after five minutes and now and then after that. Take the pack off if your skin looks very red or blotchy or feels too hot.$$,
 $$After 15 to 20 minutes, take it off and do some gentle movement or one of your stretches while your muscles feel looser.$$],
ARRAY[
 $$Never fall asleep with a heat pack or hot water bottle on you.$$,
 $$Do not heat a microwave pack for longer than its instructions say: hot spots can burn.$$,
 $$Do not use heat on broken, irritated or bruised skin.$$],
ARRAY[
 $$Do not use heat on skin that feels numb or where your feeling is reduced (for example from diabetes, nerve problems or an old scar), because you may not notice it burning.$$,
 $$Not on a leg or calf that is swollen, warm, red or painful: that needs a doctor urgently.$$,
 $$Not if you have a fever: see your doctor instead.$$,
 $$In pregnancy, use warmth on your lower back only, never on your bump, and take care not to get overheated.$$],
'{A2,7.1}');

-- ---------------------------------------------------------------- gentle stretches

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, illustration, illustration_alt, sources)
values ('knee-to-chest-stretch', 'STRETCH', 1, $$Knee-to-chest stretch$$,
$$Lying on your back, hug one knee and then both towards your chest to gently stretch your lower back and buttocks.$$,
$$This stretch gently lengthens the muscles of your lower back and buttocks and is an easy way to start moving on a stiff morning. Stretching on its own has not been shown to work better than other exercise for back pain, so see it as a comfortable warm-up. For back pain that has lasted a long time, a regular exercise programme, such as Pilates or strength work, helps most.$$,
'WEAK',
$$Hold each stretch for 20 to 30 seconds, three times each side, once or twice a day.$$,
ARRAY[
 $$Lie on your back on a mat or a firm bed with both knees bent and your feet flat. Rest your head on a thin pillow if you like.$$,
 $$Bring one knee towards your chest and hold it with both hands, behind your thigh or over your shin.$$,
 $$Draw it in gently until you feel a comfortable stretch in your lower back and buttock. Keep your other foot on the floor.$$,
 $$Breathe slowly and hold for 20 to 30 seconds, then lower the leg slowly.$$,
 $$Repeat with the other leg. When one leg at a time feels easy, try bringing both knees in together.$$],
ARRAY[
 $$Move slowly and do not bounce.$$,
 $$Keep your head and shoulders resting on the floor.$$,
 $$Stop if the stretch brings on pain, tingling or numbness down a leg.$$],
ARRAY[
 $$From about 20 weeks of pregnancy, do not stretch lying flat on your back. Try the cat-cow on hands and knees instead, and ask your midwife or therapist.$$,
 $$If you have osteoporosis, or have had back or hip surgery recently, ask your doctor or physiotherapist before stretching your back like this.$$],
'/images/homecare/knee-to-chest-stretch.svg',
$$A person lying on their back on a mat, hugging one bent knee towards their chest, the other foot flat on the floor.$$,
'{7.3,3.5,3.10}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, illustration, illustration_alt, sources)
values ('cat-cow', 'STRETCH', 2, $$Cat-cow$$,
$$On hands and knees, slowly round your back and then let it gently dip, to loosen your whole spine.$$,
$$Moving your spine slowly through a small, comfortable range eases stiffness and helps you trust your back again. Because you are on hands and knees, it is also a good choice in pregnancy and for people who find lying on their back uncomfortable. Like other stretches, it is a gentle start rather than a treatment on its own.$$,
'WEAK',
$$Eight to ten slow rounds, once or twice a day, or whenever you feel stiff.$$,
ARRAY[
 $$Kneel on a mat on all fours: hands under your shoulders, knees under your hips. Put a folded towel under your knees if they are sensitive.$$,
 $$Breathe out and slowly round your back up towards the ceiling, letting your head drop and tucking your tailbone under, like a cat stretching.$$,
 $$Breathe in and slowly let your tummy lower and your chest move forward, lifting your head a little, into a gentle dip. Only go as far as is comfortable.$$,
 $$Keep moving slowly between the two positions, in time with your breathing.$$,
 $$Finish in the middle with a flat back, then sit back gently towards your heels if that feels good.$$],
ARRAY[
 $$Keep the dip small and easy, especially if bending backwards is what usually hurts.$$,
 $$If your wrists ache, rest on your fists or forearms.$$,
 $$Stop if you feel pain, tingling or numbness spreading into a leg.$$],
ARRAY[
 $$If kneeling hurts your knees, or you have had recent knee, wrist or back surgery, ask your therapist for a seated version.$$,
 $$If you have osteoporosis, keep the movement small and check with your doctor or physiotherapist first.$$],
'/images/homecare/cat-cow.svg',
$$A person on hands and knees on a mat, back gently rounded up towards the ceiling and head dropped.$$,
'{7.3,3.5}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('pelvic-tilt', 'STRETCH', 3, $$Pelvic tilt$$,
$$A small, gentle rocking of your pelvis that wakes up your tummy muscles and eases a stiff lower back.$$,
$$Pelvic tilts teach you to move your lower back in a controlled way, using your tummy and back muscles together. Exercise that trains this kind of control is part of the programmes that help long-lasting back pain, though this single exercise has not been studied on its own. It is gentle enough for most people and can be done lying down or standing.$$,
'WEAK',
$$Ten slow tilts, once or twice a day.$$,
ARRAY[
 $$Lie on your back with your knees bent and your feet flat, hip-width apart. Let your arms rest by your sides.$$,
 $$Notice the small gap between your lower back and the floor.$$,
 $$Breathe out and gently tighten your tummy muscles, tilting your pelvis so your lower back flattens towards the floor. Keep your bottom down.$$,
 $$Hold for a slow count of five while you keep breathing.$$,
 $$Relax back to where you started. Repeat up to ten times.$$,
 $$Prefer not to lie down? Do the same tilt standing with your back against a wall and your knees slightly bent.$$],
ARRAY[
 $$This is a small movement: there is no need to push hard.$$,
 $$Keep breathing throughout rather than holding your breath.$$,
 $$Stop if pain spreads into a leg.$$],
ARRAY[
 $$From about 20 weeks of pregnancy, do not lie flat on your back: use the standing version against a wall.$$,
 $$After a caesarean or other tummy surgery, wait until your doctor or midwife says you can start tummy exercises.$$],
'{7.3,3.10,3.16}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('hamstring-stretch', 'STRETCH', 4, $$Hamstring stretch$$,
$$A gentle stretch for the back of your thighs. Tight hamstrings can make bending and sitting harder on your lower back.$$,
$$Tight hamstrings are common in people who sit a lot and in people with a deep inward curve in the lower back. When they are tight, bending forward pulls more on the lower back. Stretching them will not fix back pain by itself, but many people find it makes bending and sitting easier.$$,
'WEAK',
$$Hold for 20 to 30 seconds, two or three times each leg, once a day.$$,
ARRAY[
 $$Lie on your back with both knees bent and your feet flat.$$,
 $$Loop a towel or strap around the sole of one foot and hold the ends with both hands.$$,
 $$Slowly straighten that leg up towards the ceiling until you feel a gentle stretch along the back of your thigh. Your knee can stay slightly bent.$$,
 $$Hold for 20 to 30 seconds, breathing slowly, with your head and lower back relaxed on the floor.$$,
 $$Bend the knee to lower the leg, then repeat with the other leg.$$,
 $$Cannot lie on your back? Sit on the front of a firm chair with one leg straight out, heel on the floor, and lean forward from your hips with a long back.$$],
ARRAY[
 $$You should feel the stretch in the back of your thigh. If you feel tingling, burning or pain running down the leg or into the foot, ease off straight away, and stop if it continues.$$,
 $$Do not bounce or pull hard on the towel.$$],
ARRAY[
 $$If you have pain running down a leg (sciatica), skip this stretch unless your therapist or physiotherapist has shown you a way to do it that does not bring the leg pain on.$$,
 $$From about 20 weeks of pregnancy, use the seated version rather than lying flat on your back.$$],
'{7.3,3.8,M5,3.10}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('hip-flexor-stretch', 'STRETCH', 5, $$Hip flexor stretch$$,
$$A half-kneeling stretch for the front of your hip, which often tightens after long hours of sitting.$$,
$$The muscles at the front of your hip attach to your lower spine and pelvis. After long spells of sitting they can feel tight and tip you into a swayback posture when you stand up. Stretching them gently can make standing tall feel easier. Evidence that this stretch eases back pain on its own is weak.$$,
'WEAK',
$$Hold for 20 to 30 seconds, two or three times each side, once a day and after long spells of sitting.$$,
ARRAY[
 $$Kneel on one knee on a cushion or folded towel, with the other foot flat on the floor in front of you, knee above ankle. Hold a sturdy chair or the wall for balance.$$,
 $$Tuck your tailbone under a little, as in a pelvic tilt, and keep your upper body tall.$$,
 $$Shift your weight gently forward until you feel a stretch at the front of the hip on the kneeling side. Keep your lower back from arching.$$,
 $$Hold for 20 to 30 seconds, breathing slowly.$$,
 $$Come back, change sides and repeat.$$,
 $$If kneeling is hard, do it standing in a short lunge, holding on to a worktop, with your back heel lifted.$$],
ARRAY[
 $$Keep the movement small: the tuck of your tailbone does most of the work.$$,
 $$Hold on to something steady so you do not lose your balance.$$,
 $$Stop if you feel pain in your back or down a leg.$$],
ARRAY[
 $$If you have had a hip replacement or other hip surgery, ask your surgeon or physiotherapist before stretching your hip this way.$$,
 $$In pregnancy, when balance changes, use the standing version and hold on to something steady, or leave this one out.$$],
'{7.3}');

-- ---------------------------------------------------------------- self-massage

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('self-massage-hands', 'SELF_MASSAGE', 1, $$Self-massage with your hands$$,
$$Using your own hands to knead and press the muscles beside your spine, around your hips and in your buttocks.$$,
$$Self-massage is a simple way to ease tight muscles and relax, and you are always in charge of the pressure. It has hardly been studied in people with back pain, so think of it as comfort care between sessions rather than a treatment.$$,
'WEAK',
$$Five to ten minutes, once or twice a day, or whenever you feel tight.$$,
ARRAY[
 $$Warm your hands. If you like, use a little massage lotion or salve so they glide.$$,
 $$Stand, or sit on the front of a chair. Make loose fists and rest the backs of them on the muscles on either side of your spine, just above your waist.$$,
 $$Rub in slow circles, working gradually down towards your hips. Stay on the soft muscle either side of your spine, never on the bony bumps down the middle.$$,
 $$Move to your buttocks. Press into any tight spots with your fingertips or knuckles, hold for a few slow breaths, then let go.$$,
 $$Finish with long, slow strokes from your waist down over your hips.$$],
ARRAY[
 $$Use gentle to moderate pressure. Tender is fine; sharp pain, or pain that makes you hold your breath, is not.$$,
 $$Keep off the bony middle line of your spine.$$,
 $$Stop if you feel pain, tingling or numbness spreading into a leg.$$],
ARRAY[
 $$Do not massage over broken skin, a rash, an infection, a fresh bruise or a healing scar.$$,
 $$If you take blood thinners, have a bleeding disorder or bruise easily, use light pressure only.$$,
 $$If you have osteoporosis, keep the pressure light.$$,
 $$Never massage a leg or calf that is swollen, warm, red or painful: it could be a blood clot, so see a doctor urgently.$$],
'{A4,7.4,M1,M2,M4,3.2}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, illustration, illustration_alt, sources)
values ('foam-roller', 'SELF_MASSAGE', 2, $$Foam roller$$,
$$Rolling slowly over a foam roller to loosen the muscles of your buttocks, the backs of your thighs and your upper back.$$,
$$In studies with people who did not have back pain, foam rolling improved flexibility for a while and may have eased muscle soreness after exercise. In one small study, four weeks of rolling made bending forward easier for healthy adults. There are no good trials yet in people with back pain, so treat it as optional comfort care, with light pressure.$$,
'WEAK',
$$30 to 60 seconds on each area, a few minutes in all, once a day or after exercise.$$,
ARRAY[
 $$Sit on the roller with your hands on the floor behind you and your feet flat. Cross one ankle over the opposite knee.$$,
 $$Lean a little towards the side of the crossed leg, so the roller is under that buttock.$$,
 $$Using your hands and your standing foot, roll slowly back and forth a few centimetres at a time for 30 to 60 seconds. Pause on a tender spot and breathe.$$,
 $$Change sides and repeat.$$,
 $$For the backs of your thighs, sit with the roller under them and roll slowly from just below your buttocks to just above your knees.$$,
 $$For your upper back, lie back with the roller across your shoulder blades, hands behind your head and feet flat, and roll gently. Stop before the roller reaches your lower back.$$],
ARRAY[
 $$Keep the pressure light: you should be able to breathe easily. Take more of your weight on your hands and feet to make it softer.$$,
 $$Keep the roller off the bony spine, and do not roll your lower back directly. For the muscles beside your lower back, a ball against a wall is gentler.$$,
 $$Go slowly, and stop if pain spreads into a leg or you feel tingling or numbness.$$],
ARRAY[
 $$Not in pregnancy after 13 weeks.$$,
 $$Not in the first six weeks after giving birth: wait until your postnatal check.$$,
 $$Not if you take blood thinners, have a bleeding disorder or bruise easily.$$,
 $$If you have osteoporosis, ask your doctor first, and never roll over your spine or ribs.$$,
 $$Not after recent back or hip surgery until your surgeon says it is fine.$$,
 $$Never roll a leg or calf that is swollen, warm, red or painful: see a doctor urgently.$$],
'/images/homecare/foam-roller.svg',
$$A person sitting on a foam roller on a mat, hands on the floor behind them, one ankle crossed over the other knee, rolling one buttock.$$,
'{A4,7.4,M1,M2,M3,M6,M9,3.16}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('massage-ball', 'SELF_MASSAGE', 3, $$Massage ball against a wall$$,
$$A massage ball or tennis ball between your back and a wall, to press gently into tight spots in your buttocks and beside your spine.$$,
$$A ball reaches spots your hands cannot, and you control the pressure by how much you lean. Using a wall rather than the floor keeps the pressure gentle. Like other self-massage tools it has been studied very little, so treat it as comfort care.$$,
'WEAK',
$$One or two minutes on each area, up to ten minutes in all, once a day.$$,
ARRAY[
 $$Stand with your back to a wall, your feet about a step away from it and hip-width apart.$$,
 $$Place the ball between the wall and the muscle beside your spine, about a hand's width above your waist, or in the middle of one buttock. Never on the spine itself.$$,
 $$Lean back gently. Bend and straighten your knees slowly to roll the ball a few centimetres at a time.$$,
 $$When you find a tender spot, stay on it and breathe slowly for 20 to 30 seconds, until it eases a little.$$,
 $$Step closer to the wall to make the pressure lighter; lean in more only if that feels comfortable.$$,
 $$Move to the other side and repeat.$$],
ARRAY[
 $$Tender is fine; sharp, burning or spreading pain is not.$$,
 $$Keep the ball off the bony middle line of your spine and off your ribs.$$,
 $$Stop if you feel pain, tingling or numbness in a leg.$$,
 $$In pregnancy, use light pressure on your buttocks only, and do not press into the sides of your waist.$$],
ARRAY[
 $$If you take blood thinners, have a bleeding disorder or bruise easily, use your hands with light pressure instead.$$,
 $$If you have osteoporosis, ask your doctor before using a ball.$$,
 $$Not over broken skin, a rash, a fresh bruise or a healing scar.$$,
 $$Not after recent back surgery until your surgeon says it is fine.$$],
'{A4,7.4,M1,M2,M3,M4,M6,3.15}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('hook-tool-ql', 'SELF_MASSAGE', 4, $$Hook tool for the side of your lower back$$,
$$A trigger-point hook tool lets you press gently into the quadratus lumborum, the deep muscle at the side of your lower back between your lowest rib and your hip bone.$$,
$$The quadratus lumborum (often called the QL) is often tight and tender in people with lower back pain, and it is hard to reach yourself. A hook-shaped tool gives you the leverage to hold steady, gentle pressure on it. Research on holding pressure on tender spots is limited and of low quality, so use the tool gently, for comfort.$$,
'WEAK',
$$20 to 30 seconds on a spot, two or three spots on each side, no more than once a day.$$,
ARRAY[
 $$Stand or sit upright. Hold the tool by its handles so the rounded tip rests against your back.$$,
 $$Find the soft area at the side of your lower back, between your lowest rib and the top of your hip bone, about a hand's width out from your spine.$$,
 $$Place the tip on the muscle there: never on your spine, your ribs or your hip bone.$$,
 $$Pull gently on the handle to press in. Start light: a tenderness of 3 or 4 out of 10 is plenty.$$,
 $$Hold steady for 20 to 30 seconds while you breathe slowly, then release.$$,
 $$Move the tip a little and repeat on two or three spots, then do the other side.$$],
ARRAY[
 $$Short holds and light pressure: more pressure is not better.$$,
 $$Keep the tip on soft muscle, off your spine, your ribs and your hip bone.$$,
 $$Stop if you feel sharp pain, pain down a leg, tingling or numbness.$$,
 $$Expect the area to feel a little tender afterwards. If it is still sore after two days, use less pressure next time.$$],
ARRAY[
 $$Not in pregnancy: firm pressure on this muscle is avoided during pregnancy.$$,
 $$Not if you take blood thinners, have a bleeding disorder or bruise easily.$$,
 $$Not if you have osteoporosis.$$,
 $$Not after recent back or tummy surgery until your surgeon says it is fine.$$,
 $$Not over broken skin, a rash, a fresh bruise or a healing scar.$$],
'{A4,7.4,3.15,M1,M2,M3,M4,M6}');

-- ---------------------------------------------------------------- before and after a session

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('preparation-checklist', 'PREPARATION', 1, $$Getting ready for your massage$$,
$$Six simple things to do before your session: come hydrated, stretch lightly, arrive rested, know what to expect and what to wear, and practise a way to relax.$$,
$$Arriving calm and comfortable makes it easier for your muscles to let go, and knowing what will happen means you can speak up about pressure or positions. None of this is a treatment in itself; it simply helps your session go well.$$,
'COMFORT',
$$Read it the day before. The steps take a few minutes on the day.$$,
ARRAY[
 $$Come hydrated: drink as you normally would through the day. A light meal is fine, but try not to eat a big meal in the hour before.$$,
 $$Do some light stretching: a few minutes of easy movement, such as the cat-cow or the knee-to-chest stretch, helps you settle in. Nothing that hurts.$$,
 $$Arrive rested: try to sleep well the night before, and leave enough time to arrive about ten minutes early without rushing.$$,
 $$Read what to expect: your therapist will ask how your back has been, check a few safety questions and agree the pressure with you. You can ask for lighter or firmer pressure, or to stop, at any time.$$,
 $$Know what to wear: come in comfortable, loose clothes. You only undress as far as you are comfortable, and you stay covered with a sheet or towel except for the area being worked on.$$,
 $$Practise a relaxation technique: try slow breathing, in through your nose for a count of four and out through your mouth for a count of six, for a few minutes. You can use it on the table too.$$],
ARRAY[
 $$Tell your therapist before the session if anything has changed: new symptoms, a new medicine (especially blood thinners), a recent injury or operation, or pregnancy.$$,
 $$Tell them straight away if you feel pain, tingling or numbness running down a leg during the massage.$$],
ARRAY[
 $$If you have a fever or feel unwell, please do not come: contact us to move your session.$$,
 $$If you notice warning signs (numbness around the groin or buttocks, new trouble controlling your bladder or bowels, or a leg getting weaker), go to the emergency department instead of your session.$$,
 $$If you are pregnant and have bleeding, leaking fluid, cramps, a bad headache with swelling, or your baby is moving less, contact your midwife or doctor now instead of coming to your session.$$],
'{S1,S8,S9,9.1}');

insert into homecare_items (slug, kind, position, title, summary, why_it_helps, evidence, how_often, steps, cautions, not_for, sources)
values ('aftercare', 'AFTERCARE', 1, $$After your massage$$,
$$What to do in the day or two after a session: drink water if you are thirsty, rest a little, keep moving gently, and use warmth if you feel sore.$$,
$$Most people feel fine or better after a massage. About one person in ten notices some discomfort, which usually starts within 12 hours and has gone within a day and a half. After firmer work, muscles can feel as they do after a workout for a day or two. Gentle movement and warmth help that settle. Water is good for you, but there is no evidence that drinking extra after a massage does anything special, so simply drink when you are thirsty.$$,
'COMFORT',
$$For the rest of the day of your session and the next day or two.$$,
ARRAY[
 $$Drink water if you are thirsty.$$,
 $$Take it easy for the rest of the day: no heavy lifting or hard workouts, but do not spend the day in bed.$$,
 $$Go for a short, easy walk later that day or the next morning.$$,
 $$Do a few gentle stretches, such as the knee-to-chest stretch or the cat-cow, if they feel good.$$,
 $$If you feel sore, lay a warm heat pack over the area for 15 to 20 minutes.$$,
 $$Answer the short check-in we send you a day or two later. Tell us about any soreness, bruising or pain, so your therapist can adjust the pressure next time.$$],
ARRAY[
 $$Contact your therapist if soreness is getting worse after two days, if bruising spreads, or if you notice new numbness, tingling or weakness.$$,
 $$If you notice warning signs (numbness around the groin or buttocks, new trouble controlling your bladder or bowels, or a leg getting weaker), go to the emergency department now.$$],
ARRAY[
 $$Skip the heat if the skin there feels numb, your feeling is reduced, or the area is bruised.$$,
 $$If you have a fever or feel unwell after your session, do not put it down to normal soreness: contact your doctor.$$],
'{A1,A2,A6,6.1,6.3,O6}');

-- ---------------------------------------------------------------- what you need

insert into homecare_equipment (item_slug, position, name, optional, product_tag) values
('stay-active', 1, $$Comfortable shoes for walking$$, false, null),
('movement-breaks', 1, $$A reminder on your phone or computer$$, false, null),
('movement-breaks', 2, $$A seat cushion or small lower-back cushion, if it makes sitting more comfortable$$, true, 'SEAT_CUSHION'),
('side-lying-rest', 1, $$Two or three pillows$$, false, null),
('heat-wrap', 1, $$A heat pack, heat wrap or hot water bottle with a cover$$, false, 'HEAT_PACK'),
('heat-wrap', 2, $$A thin towel$$, false, null),
('heat-wrap', 3, $$A cold pack, if you prefer cold$$, true, 'COLD_PACK'),
('knee-to-chest-stretch', 1, $$An exercise mat or a folded blanket$$, false, null),
('cat-cow', 1, $$An exercise mat or a folded blanket$$, false, null),
('cat-cow', 2, $$A folded towel for your knees$$, true, null),
('pelvic-tilt', 1, $$An exercise mat or a folded blanket$$, false, null),
('hamstring-stretch', 1, $$A towel or a yoga strap$$, false, null),
('hamstring-stretch', 2, $$An exercise mat$$, false, null),
('hip-flexor-stretch', 1, $$A cushion or folded towel for your knee$$, false, null),
('hip-flexor-stretch', 2, $$A sturdy chair or a wall to hold$$, false, null),
('self-massage-hands', 1, $$A little massage lotion or topical salve$$, true, 'TOPICAL_SALVE'),
('foam-roller', 1, $$A medium-firm foam roller, about 30 to 45 cm long$$, false, 'FOAM_ROLLER'),
('foam-roller', 2, $$An exercise mat$$, false, null),
('massage-ball', 1, $$A massage ball or a tennis ball$$, false, 'MASSAGE_BALL'),
('massage-ball', 2, $$A clear stretch of wall$$, false, null),
('hook-tool-ql', 1, $$A trigger-point hook tool (a cane-shaped massager with handles)$$, false, 'HOOK_TOOL'),
('preparation-checklist', 1, $$Comfortable, loose clothes$$, false, null),
('aftercare', 1, $$A glass or bottle of water$$, false, null),
('aftercare', 2, $$A heat pack, if you feel sore$$, true, 'HEAT_PACK');
