-- The eight techniques, in our own words. Facts come from /work/shared/domain/clinical-facts.md (§3, §4, §9);
-- rule ids in technique_cautions.rules are that sheet's stable ids.

insert into techniques (code, slug, name, summary, what_it_is, who_it_suits, pressure_min, pressure_max, positions,
                        positions_note, evidence, sort_order)
values
('SWEDISH', 'swedish', 'Swedish massage',
 'Long, flowing strokes, kneading and slow circles that help tight muscles let go and help you relax.',
 'Your therapist uses long gliding strokes along the muscles on either side of your spine, kneads the buttocks and hips, and works in slow circles over tight spots. The aim is comfort, relaxation and better circulation. You choose the pressure, and you can ask for more or less at any moment.',
 'A good first choice for most people with lower back pain, including anyone new to massage or whose back feels sore to the touch. It is also the technique with the best evidence for lower back pain: in the largest trial so far, relaxation massage helped as much as more specialised massage.',
 1, 3, array ['PRONE', 'SUPINE', 'SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT'],
 'Usually face down, with a cushion under your ankles. If lying face down is uncomfortable, you can lie on your side with pillows instead.',
 'Massage can ease lower back pain for a while and works best alongside staying active and exercise. In a trial of 401 adults with long-lasting lower back pain, ten weekly sessions of relaxation massage improved everyday activities about as much as structural massage, and the benefit lasted at least six months (Cherkin 2011).',
 10),

('DEEP_TISSUE', 'deep-tissue', 'Deep tissue massage',
 'Slow, firm pressure that works into the deeper layers of muscle, for long-standing tightness and knots.',
 'Your therapist works slowly along and across the muscle with thumbs, knuckles or a forearm, and waits for each area to soften before going deeper. It is slower than Swedish massage and stays with a few tight places, such as the muscles beside the spine, the deep muscle between your lowest rib and your hip (the quadratus lumborum) and the buttocks.',
 'People who enjoy firm pressure and have long-standing muscle tightness. Firmer is not better, though: in a large trial, deep structural massage helped lower back pain no more than relaxation massage, and it is more likely to leave you sore for a day or two. Say so straight away if the pressure is too much.',
 3, 5, array ['PRONE', 'SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT'],
 'Mostly face down; on your side for work around the hip and the side of the lower back.',
 'Deep, structural massage and relaxation massage gave about the same benefit for long-lasting lower back pain (Cherkin 2011). Soreness after deep work usually starts within hours and settles within one to three days; soreness that gets worse after two days, new numbness or weakness, or spreading bruising should be checked.',
 20),

('TRIGGER_POINT', 'trigger-point', 'Trigger point therapy',
 'Steady pressure on small, tender spots in a tight muscle, held until the tenderness starts to fade.',
 'A trigger point is a small, sensitive spot in a tight band of muscle. Pressing it often brings on a familiar ache, sometimes felt a little way off, for example from the buttock into the lower back. Your therapist finds these spots, holds steady pressure on each one until it eases, and then gently stretches the muscle.',
 'People with recent lower back pain and clearly tender spots in the back, hip or buttock muscles. The pressure can feel intense for a moment; it should never be more than you can breathe through calmly.',
 2, 4, array ['PRONE', 'SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT', 'SUPINE'],
 'Face down or on your side, depending on which muscles need work.',
 'In a small trial of 63 people with recent lower back pain, pressure on trigger points three times a week for two weeks eased pain and improved movement more than pressure on other spots (Takamoto 2015). Across studies of muscle pain in general, the method makes spots less tender to pressure, but it has not clearly reduced the pain people report (Lu 2022). The evidence is still thin.',
 30),

('MYOFASCIAL_RELEASE', 'myofascial-release', 'Myofascial release',
 'Gentle, sustained pressure and stretch on the fascia, the thin connective tissue that wraps your muscles.',
 'Fascia is a thin, tough layer of connective tissue around and between your muscles. Your therapist rests their hands on your skin, usually with little or no oil, and holds a slow, gentle stretch or pressure, waiting for the tissue to give before moving on. It feels quiet and unhurried.',
 'People with long-lasting lower back pain who prefer gentle pressure, or who find firmer massage too much.',
 1, 3, array ['PRONE', 'SUPINE', 'SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT'],
 'Face down, on your back or on your side, whichever is comfortable.',
 'A review of eight trials with 375 people found small improvements in pain and everyday activities for long-lasting lower back pain, but no change in quality of life (Wu 2021).',
 40),

('PRENATAL', 'prenatal', 'Prenatal massage',
 'Gentle massage for back and pelvic pain in pregnancy, lying on your side, by a therapist trained for pregnancy.',
 'Back and pelvic pain are very common in pregnancy and tend to grow with the baby. In prenatal massage you lie on your side, with pillows between your knees and under your bump, or sit propped up and tilted a little to your left. Your therapist uses soothing strokes of moderate pressure on the lower back, buttocks and hips, and keeps away from deep work on the legs.',
 'Anyone with an uncomplicated pregnancy, in any trimester, and anyone in the first weeks after giving birth. Only therapists with prenatal training give this massage. In the first three months we use an especially gentle touch and ask for your consent first; there is no evidence that massage causes miscarriage.',
 1, 3, array ['SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT', 'SEMI_RECLINED'],
 'No lying face down after about 13 weeks, and no lying flat on your back from 20 weeks: the weight of the womb can press on large blood vessels and make you dizzy or sick. We use side-lying, or a propped-up position tilted to the left.',
 'More than two in three pregnant women have lower back pain, and it usually gets worse as pregnancy goes on (Cochrane review, 2015). Research on massage for it is limited; our positions and precautions follow obstetric and professional guidance.',
 50),

('LOMILOMI', 'lomilomi', 'Lomilomi',
 'A Hawaiian massage of long, flowing forearm strokes that sweep across your back and hips.',
 'Lomilomi comes from Hawaiʻi. Your therapist uses forearms and hands in long, continuous, rhythmic strokes that often travel over the back, hips and legs in one sweep. Many people say it feels like slow, rolling waves.',
 'People who enjoy flowing, relaxing massage with steady, moderate pressure. Like Swedish massage, it is a relaxation massage; it has not been studied on its own for lower back pain.',
 2, 4, array ['PRONE', 'SUPINE', 'SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT'],
 'Mostly face down and then on your back; on your side if lying face down is uncomfortable.',
 'There are no trials of Lomilomi for lower back pain. Relaxation massage in general helped long-lasting lower back pain as much as more specialised massage (Cherkin 2011), so choose it if you enjoy it.',
 60),

('ASHIATSU', 'ashiatsu', 'Ashiatsu',
 'Broad, deep pressure from the therapist''s feet, using their body weight while they hold bars above the table.',
 'Ashiatsu means "foot pressure". You lie face down while your therapist, holding bars or straps above the table for balance, uses the soles of their feet to glide along your back, buttocks and legs. The wide surface of the foot spreads the pressure, so it feels deep without feeling pointed.',
 'Healthy adults who like very deep pressure and are comfortable lying face down for the whole session. As with deep tissue massage, deeper is not more effective for lower back pain, and you may feel sore for a day or two afterwards.',
 3, 5, array ['PRONE'],
 'Face down for the whole session; it cannot be done on your side or on your back.',
 'Ashiatsu has not been studied for lower back pain. Deep, structural massage in general helped no more than relaxation massage (Cherkin 2011) and leaves more people sore the next day.',
 70),

('HIP_AND_GLUTE', 'hip-and-glute', 'Hip and gluteal work',
 'Focused work on the muscles of the buttocks and hips, which often share in lower back pain.',
 'The buttock and hip muscles, including the gluteals, the piriformis deep in the buttock and the hip flexors at the front, attach to the pelvis and help carry your lower back. When they are tight or tender they can add to back pain. Your therapist combines kneading, steady pressure and gentle stretches of these muscles.',
 'People whose pain sits low, around the belt line, buttocks or hips, and people who sit for most of the day. It fits well in a short session or alongside another technique.',
 2, 4, array ['PRONE', 'SIDE_LYING_LEFT', 'SIDE_LYING_RIGHT', 'SUPINE'],
 'Face down, on your side for the outer hip, and on your back for gentle stretches.',
 'Sessions for lower back pain usually include the buttocks and hips as well as the muscles beside the spine. Hip and gluteal work has not been tested on its own for lower back pain, so we offer it as part of a plan rather than as a cure.',
 80);

insert into technique_cautions (technique, sort_order, advice, rules)
values
('SWEDISH', 1, 'If you have a fever or feel unwell, please move your session to another day.', array ['S9']),
('SWEDISH', 2, 'If you take blood thinners or bruise easily, tell your therapist: we keep the pressure light to moderate and watch for bruising.', array ['M1']),
('SWEDISH', 3, 'If you have osteoporosis or low bone density, or take steroid tablets long term, we use light pressure only, often with you lying on your side.', array ['M2']),
('SWEDISH', 4, 'We work around any rash, wound, burn or skin infection, and around a recent operation site.', array ['M3', 'M4']),
('SWEDISH', 5, 'If you are pregnant or gave birth in the last six weeks, book prenatal massage instead: it uses positions that are safe for you.', array ['M6', 'M9']),

('DEEP_TISSUE', 1, 'Not if you take blood thinners (anticoagulant or antiplatelet medicines) or have a bleeding disorder: the risk of bruising is too high. Swedish massage with light to moderate pressure is the alternative.', array ['M1', 'P7']),
('DEEP_TISSUE', 2, 'Not if you have osteoporosis or low bone density, take steroid tablets long term, or are over 70 and frail.', array ['M2', 'P7']),
('DEEP_TISSUE', 3, 'Not during pregnancy or in the six weeks after giving birth; prenatal massage is the gentle alternative.', array ['M6', 'M9', 'P7']),
('DEEP_TISSUE', 4, 'If pain or tingling runs down your leg (sciatica), we keep the work gentle and stop anything that brings it on.', array ['M5']),
('DEEP_TISSUE', 5, 'Not over an operation site that is less than six weeks old or not yet healed; your surgeon needs to agree first.', array ['M3']),

('TRIGGER_POINT', 1, 'Not if you take blood thinners or have a bleeding disorder: held pressure can bruise.', array ['M1']),
('TRIGGER_POINT', 2, 'If you have osteoporosis or low bone density, or take steroid tablets long term, we use light pressure only.', array ['M2']),
('TRIGGER_POINT', 3, 'During pregnancy, no trigger point work on the deep muscle at the side of the lower back (the quadratus lumborum).', array ['M6']),
('TRIGGER_POINT', 4, 'If pain or tingling runs down your leg, we stop any pressure that brings it on.', array ['M5']),

('MYOFASCIAL_RELEASE', 1, 'We work around any rash, wound, burn or skin infection.', array ['M4']),
('MYOFASCIAL_RELEASE', 2, 'Not over an operation site that is less than six weeks old or not yet healed; your surgeon needs to agree first.', array ['M3']),
('MYOFASCIAL_RELEASE', 3, 'If you take blood thinners, tell your therapist: we stay gentle and watch for bruising.', array ['M1']),
('MYOFASCIAL_RELEASE', 4, 'If you are pregnant or gave birth in the last six weeks, book prenatal massage instead.', array ['M6', 'M9']),

('PRENATAL', 1, 'Do not come in; call your midwife or doctor now if you have bleeding, leaking fluid, cramps or contractions, a bad headache or sudden swelling, changes in your sight, your baby moving less, or one leg that is swollen, warm or red.', array ['S8', 'S5']),
('PRENATAL', 2, 'With a high-risk pregnancy (for example pre-eclampsia, placenta problems, high blood pressure, diabetes, twins or earlier complications), we need written agreement from your midwife or doctor before booking.', array ['M8']),
('PRENATAL', 3, 'In the six weeks after giving birth, especially after a caesarean, we work lightly with you on your side, keep away from the scar and do no deep work on the legs.', array ['M9']),
('PRENATAL', 4, 'No deep or trigger point pressure on the deep muscle at the side of the lower back, and no deep work on the legs or inner thighs.', array ['M6']),

('LOMILOMI', 1, 'If you take blood thinners or bruise easily, we keep the pressure light to moderate.', array ['M1']),
('LOMILOMI', 2, 'If you have osteoporosis or low bone density, or take steroid tablets long term, Swedish massage with light pressure on your side suits you better.', array ['M2']),
('LOMILOMI', 3, 'If you are pregnant or gave birth in the last six weeks, book prenatal massage instead.', array ['M6', 'M9']),
('LOMILOMI', 4, 'We work around any rash, wound, burn or skin infection.', array ['M4']),

('ASHIATSU', 1, 'Not if you take blood thinners or have a bleeding disorder.', array ['M1', 'P7']),
('ASHIATSU', 2, 'Not if you have osteoporosis or low bone density, take steroid tablets long term, or are over 70 and frail.', array ['M2', 'P7']),
('ASHIATSU', 3, 'Not during pregnancy or in the six weeks after giving birth: it needs you face down and uses deep pressure.', array ['M6', 'M9', 'P7']),
('ASHIATSU', 4, 'Not if pain or tingling runs down your leg, or if you cannot lie face down comfortably.', array ['M5']),
('ASHIATSU', 5, 'Not after back or belly surgery until your surgeon agrees.', array ['M3']),

('HIP_AND_GLUTE', 1, 'If pain or tingling runs down your leg, we work gently and stop any pressure that brings it on; the nerve to the leg runs through the buttock.', array ['M5']),
('HIP_AND_GLUTE', 2, 'If you take blood thinners or bruise easily, we keep the pressure light to moderate.', array ['M1']),
('HIP_AND_GLUTE', 3, 'If you have osteoporosis or low bone density, or take steroid tablets long term, we use light pressure only.', array ['M2']),
('HIP_AND_GLUTE', 4, 'During pregnancy and for six weeks after birth, no deep work on the legs or inner thighs.', array ['M6', 'M9']),
('HIP_AND_GLUTE', 5, 'If you know you have an aortic aneurysm, no deep work at the front of the hip.', array ['M10']);
