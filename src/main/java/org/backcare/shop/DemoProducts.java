package org.backcare.shop;

import java.util.List;

import org.backcare.homecare.ProductTag;

/**
 * The demo shop's fifteen products, written for BackCare from the clinical fact sheet: self-massage as optional
 * comfort care with light pressure, off the bony spine (A4, 7.4); warmth for comfort, cold if preferred (A2, 7.1);
 * cushions for comfort only, never a belt or brace (A5, 7.5); no cure claims. Content articles link to these slugs.
 */
final class DemoProducts {

	private DemoProducts() {
	}

	record Variant(String sku, String label, String size, String firmness, long priceMinor, int stock) {
	}

	record Product(String slug, String name, String category, ProductTag tag, List<CushionPlace> places,
			boolean ageRestricted, String summary, String whatItIsFor, String howToUse, String whoShouldNot,
			String imageAlt, List<Variant> variants) {
	}

	// M1, M2, M3, M9, S5, M6: who should not press on their muscles with a tool.
	private static final String NOT_FOR_SELF_MASSAGE = """
			Please do not use it if you take blood thinners, have a bleeding disorder or bruise easily, or in the first \
			six weeks after giving birth (wait for your postnatal check). If you have osteoporosis, or have had back or \
			hip surgery recently, ask your doctor or surgeon first.

			Never use it on a leg or calf that is swollen, warm, red or painful: that needs a doctor urgently.""";

	// 7.5, A5: comfort only; NICE and WHO advise against belts and braces, and the evidence for cushions is weak.
	private static final String CUSHION_HONESTY = """
			A cushion can make sitting more comfortable, but research has not shown that cushions treat back pain. \
			What helps most is not sitting for too long: stand up and move for a minute or two every half hour or so.""";

	static final List<Product> ALL = List.of(
			new Product("foam-roller-smooth", "Smooth foam roller", "foam-rollers", ProductTag.FOAM_ROLLER, List.of(), false,
					"A plain, even foam roller for slow, gentle rolling of your buttocks, thighs and upper back.",
					"""
							Rolling slowly over a foam roller can loosen the muscles around your lower back: your buttocks, \
							the backs of your thighs and your upper back. In studies with people without back pain it eased \
							stiffness for a while. It has hardly been studied in people with back pain, so think of it as \
							comfort care that goes with staying active.

							The smooth surface spreads the pressure evenly, which makes this the gentler of our two rollers. \
							Soft suits beginners; choose the 90 cm length if you also want to lie along it.""",
					"""
							Sit on the roller with your hands on the floor behind you, cross one ankle over the other knee \
							and lean a little to that side. Roll slowly, a few centimetres at a time, for 30 to 60 seconds \
							on each area. Take more weight on your hands and feet to make it softer.

							Keep the pressure light enough to breathe easily. Keep the roller off the bony spine and do not \
							roll your lower back directly: for the muscles beside your spine, a ball against a wall is \
							gentler. Stop if pain spreads into a leg or you feel tingling or numbness.""",
					"Not in pregnancy after 13 weeks.\n\n" + NOT_FOR_SELF_MASSAGE,
					"A smooth teal foam roller lying on a mat, seen from the side.",
					List.of(new Variant("FR-SMOOTH-45-SOFT", "45 cm, soft", "45 cm", "SOFT", 24_00, 18),
							new Variant("FR-SMOOTH-45-MEDIUM", "45 cm, medium", "45 cm", "MEDIUM", 24_00, 2),
							new Variant("FR-SMOOTH-90-MEDIUM", "90 cm, medium", "90 cm", "MEDIUM", 34_00, 12),
							new Variant("FR-SMOOTH-90-FIRM", "90 cm, firm", "90 cm", "FIRM", 34_00, 0))),
			new Product("foam-roller-textured", "Textured foam roller", "foam-rollers", ProductTag.FOAM_ROLLER, List.of(), false,
					"A shorter foam roller with raised ridges that press a little more into tight spots.",
					"""
							The ridges of this roller press more into the muscle than a smooth roller does, for people who \
							already roll and want a little more. Like all foam rolling, it is comfort care for the muscles \
							around your lower back, not a treatment for back pain itself.""",
					"""
							Start on your buttocks and the backs of your thighs, rolling slowly for 30 to 60 seconds on each \
							area. The ridges feel stronger than they look, so take more of your weight on your hands and feet \
							at first.

							Keep it off the bony spine and off your lower back itself. Stop if pain spreads into a leg, or if \
							you feel tingling or numbness.""",
					"Not in pregnancy after 13 weeks. If you bruise at all easily, choose the smooth roller instead.\n\n"
							+ NOT_FOR_SELF_MASSAGE,
					"A short sage-green foam roller with raised ridges and knobs on its surface.",
					List.of(new Variant("FR-TEXT-33-MEDIUM", "33 cm, medium", "33 cm", "MEDIUM", 29_00, 15),
							new Variant("FR-TEXT-33-FIRM", "33 cm, firm", "33 cm", "FIRM", 29_00, 9))),
			new Product("massage-ball-pair", "Massage ball pair", "massage-balls", ProductTag.MASSAGE_BALL, List.of(), false,
					"Two palm-sized massage balls for pressing gently into tight spots, with a wall behind you.",
					"""
							A ball reaches spots your hands cannot: the middle of a buttock, or the muscle beside your spine. \
							You set the pressure by how much you lean, and using a wall instead of the floor keeps it gentle. \
							It has been studied very little, so treat it as comfort care.""",
					"""
							Stand with your back to a wall and place one ball between the wall and the muscle beside your \
							spine, about a hand's width above your waist, or in the middle of one buttock. Lean back gently and \
							bend and straighten your knees to roll it a few centimetres at a time, for a minute or two.

							Never put the ball on the spine itself or on your ribs. Stop if pain spreads into a leg or you feel \
							tingling or numbness.""",
					NOT_FOR_SELF_MASSAGE,
					"Two round massage balls side by side, one teal and one sand-coloured.",
					List.of(new Variant("MB-PAIR-SOFT", "Soft", null, "SOFT", 14_00, 30),
							new Variant("MB-PAIR-FIRM", "Firm", null, "FIRM", 14_00, 3))),
			new Product("peanut-massage-ball", "Peanut massage ball", "massage-balls", ProductTag.MASSAGE_BALL, List.of(), false,
					"Two balls joined in a peanut shape, with a gap in the middle so the spine is never under pressure.",
					"""
							The groove in the middle lets the two halves rest on the muscles either side of your spine while \
							the spine itself sits in the gap, free of pressure. Many people use it against a wall for the \
							muscles of the upper and mid back.""",
					"""
							Stand with your back to a wall, place the peanut across your back with your spine in the groove, \
							and lean back gently. Roll slowly up and down a few centimetres. Keep it above your waist, or use \
							a single ball for the muscles beside your lower back.

							Stop if pain spreads into a leg or you feel tingling or numbness.""",
					NOT_FOR_SELF_MASSAGE,
					"A peanut-shaped massage ball: two joined balls with a groove between them.",
					List.of(new Variant("PB-PEANUT-MEDIUM", "Medium", null, "MEDIUM", 18_00, 20))),
			new Product("trigger-point-hook", "Trigger-point hook tool", "hook-tools", ProductTag.HOOK_TOOL, List.of(), false,
					"A hooked cane with rounded knobs, to press gently into the side of your lower back and buttocks.",
					"""
							The hook lets you reach the muscle at the side of your lower back and your buttocks without \
							twisting, and the handle gives you fine control of the pressure. Your therapist may have shown \
							you where to use it.""",
					"""
							Hold the handle with both hands and hook a knob over the muscle at the side of your lower back, \
							between your lowest rib and your hip bone. Pull gently and hold for 20 to 30 seconds, breathing \
							slowly, then move to the next spot. It should feel like a good stretch, never sharp.

							Never press on the spine or the ribs, and stop if pain spreads into a leg or you feel tingling or \
							numbness.""",
					"Not in pregnancy, and not on your belly.\n\n" + NOT_FOR_SELF_MASSAGE,
					"A teal S-shaped hook cane with round knobs along it.",
					List.of(new Variant("TP-HOOK", "", null, null, 32_00, 7))),
			new Product("handheld-massager", "Handheld vibration massager", "handheld-massagers", null, List.of(), false,
					"A quiet, rechargeable massager with gentle vibration, for the muscles of your buttocks and thighs.",
					"""
							Gentle vibration can feel soothing on tired muscles after a long day. Use it for comfort on your \
							buttocks, thighs and shoulders; it is not a treatment for back pain.""",
					"""
							Start on the lowest setting and keep the massager moving, for no more than a minute or two on each \
							area. Let it rest on the muscle rather than pushing it in.

							Keep it off the bony spine, off your belly and off anywhere that is bruised, swollen or numb.""",
					"""
							Please do not use it if you have a pacemaker or another implanted device without asking your \
							doctor first, in pregnancy on or near your belly, or over varicose veins.

							"""
							+ NOT_FOR_SELF_MASSAGE,
					"A handheld massager with a round head and a long handle, with small vibration lines around the head.",
					List.of(new Variant("HM-VIBE", "", null, null, 59_00, 0))),
			new Product("wheat-heat-pack", "Wheat heat pack", "heat-and-cold", ProductTag.HEAT_PACK, List.of(), false,
					"A long, soft heat pack filled with wheat, warmed in the microwave, that lies across your lower back.",
					"""
							Gentle warmth across your lower back eases pain and stiffness, especially in the first weeks of a \
							bout of back pain: of all home remedies it has some of the better evidence. Warm up, then move: \
							gentle exercise while your muscles feel looser helps further.""",
					"""
							Heat it exactly as the label says for your microwave's power, shake it, and feel it before use: \
							it should be pleasantly warm, never hot. Lay it over a thin towel or your clothes, not on bare \
							skin, for 15 to 20 minutes at a time, a few times a day. Check your skin after five minutes.

							Never fall asleep with it on you, and never heat it for longer than the label says: hot spots can \
							burn.""",
					"""
							Do not use heat on skin that feels numb or where your feeling is reduced (for example from diabetes \
							or nerve problems), or on broken, irritated or bruised skin. Not if you have a fever: see your \
							doctor instead.

							Never on a leg or calf that is swollen, warm, red or painful: see a doctor urgently. In pregnancy, \
							use it on your lower back only, never on your bump.""",
					"A long sand-coloured heat pack with stitched sections and three wavy lines of warmth above it.",
					List.of(new Variant("HP-WHEAT-LUMBAR", "", null, null, 22_00, 25))),
			new Product("gel-cold-pack", "Gel cold pack", "heat-and-cold", ProductTag.COLD_PACK, List.of(), false,
					"A soft gel pack you keep in the freezer, with a fabric cover, for people who prefer cold.",
					"""
							Some people find cold more soothing than warmth, for example after a strain. There is too little \
							research to say whether cold helps back pain, so use it if you like how it feels. The gel stays \
							soft when frozen, so it shapes to your back.""",
					"""
							Keep it in the freezer for at least two hours. Always put it in its cover or wrap it in a thin \
							towel: never put it straight on bare skin. Use it for 10 to 15 minutes at a time, and check your \
							skin after five minutes. Take it off if your skin looks white or blotchy or feels numb.""",
					"""
							Do not use cold on skin that feels numb or where your feeling is reduced, or if cold makes your \
							fingers or toes turn white or blue (Raynaud's). Not on broken skin.

							Never on a leg or calf that is swollen, warm, red or painful: see a doctor urgently.""",
					"A pale blue gel pack with a snowflake on it, in a soft cover.",
					List.of(new Variant("CP-GEL-SMALL", "Small, 15 × 25 cm", "15 × 25 cm", null, 12_00, 14),
							new Variant("CP-GEL-LARGE", "Large, 25 × 35 cm", "25 × 35 cm", null, 16_00, 6))),
			new Product("hot-cold-lumbar-wrap", "Hot and cold lumbar wrap", "heat-and-cold", ProductTag.HEAT_PACK, List.of(),
					false, "A soft wrap with a pocket for its gel pack, warm or cold, so you can keep moving while you use it.",
					"""
							The wrap holds warmth (or cold) against your lower back while you walk about the house, which \
							suits the advice to keep moving. It is not a back support: it does not hold or brace your back, \
							and guidelines advise against back belts and braces.""",
					"""
							Warm the pack in hot water or the microwave as the label says, or chill it in the freezer, and \
							slide it into the pocket so the fabric is between the pack and your skin. Fasten the wrap loosely: \
							you should be able to slide a hand underneath. Use it for 15 to 20 minutes at a time (10 to 15 \
							minutes when cold), and check your skin after five minutes.

							Never sleep in it.""",
					"""
							Do not use it on skin that feels numb or where your feeling is reduced, or on broken or bruised \
							skin. Not if you have a fever. In pregnancy, use warmth on your lower back only, never over your \
							bump, and do not fasten anything around your belly.

							Never on a leg or calf that is swollen, warm, red or painful: see a doctor urgently.""",
					"A teal fabric wrap with a hook-and-loop fastening and a rectangular pack in its pocket.",
					List.of(new Variant("HC-WRAP-SM-MD", "Small to medium, waist 60 to 100 cm", "S/M", null, 36_00, 8),
							new Variant("HC-WRAP-LG-XL", "Large to extra large, waist 95 to 140 cm", "L/XL", null, 36_00, 1))),
			new Product("kinesiology-tape", "Kinesiology tape", "kinesiology-tape", ProductTag.KINESIOLOGY_TAPE, List.of(),
					false, "Stretchy cotton tape, as a roll or in pre-cut strips, that some people find comfortable on the back.",
					"""
							Kinesiology tape stretches with your skin. Some people like the light, steady feel of it along \
							the muscles of the lower back, for example on a long day of work. Research has not shown that tape \
							treats back pain, so see it as comfort care, and ask your therapist to show you a simple pattern.""",
					"""
							Put it on clean, dry skin without lotion, and round off the corners of strips you cut yourself. \
							Lay the ends down without any stretch, so they do not pull on your skin. Rub the tape to warm the \
							glue. It can stay on for a few days, including in the shower; pat it dry.

							To take it off, peel it slowly in the direction of hair growth while holding your skin down, or \
							soak it with a little oil first. Take it off at once if your skin itches, stings or gets red.""",
					"""
							Do not use it on broken, sunburnt or fragile skin (for example from diabetes or a healing scar), if \
							you are allergic to plasters or adhesives, or over a swollen, warm, red or painful leg, which needs \
							a doctor urgently.""",
					"A roll of teal kinesiology tape with a strip unrolled beside it.",
					List.of(new Variant("KT-ROLL-5M", "5 m roll", "5 m", null, 15_00, 40),
							new Variant("KT-PRECUT-20", "20 pre-cut strips", "20 strips", null, 18_00, 3))),
			new Product("menthol-cooling-balm", "Menthol cooling balm", "topical-salves", ProductTag.TOPICAL_SALVE, List.of(),
					false, "A light balm with menthol that feels cool on the skin over sore muscles.",
					"""
							Menthol gives a cooling feeling on the skin that many people find soothing over sore, tired \
							muscles. It changes how the skin feels for a while; it does not heal anything underneath.""",
					"""
							Try a little on the inside of your arm first and wait a day. Then rub a thin layer onto the skin \
							over your sore muscles, up to three or four times a day, and wash your hands straight after.

							Never use it together with a heat pack, heat wrap or hot water bottle, or cover it tightly: \
							menthol under heat can burn the skin. Keep it away from your eyes and mouth.""",
					"""
							Not for children. Do not use it on broken, irritated or sunburnt skin, or if you are allergic to \
							menthol or mint. In pregnancy or while breastfeeding, ask your midwife, doctor or pharmacist first.""",
					"A small round sage-green tin of balm with its lid leaning against it.",
					List.of(new Variant("MB-MENTHOL-50G", "50 g tin", "50 g", null, 11_00, 22))),
			new Product("cbd-muscle-salve", "CBD muscle salve", "topical-salves", ProductTag.TOPICAL_SALVE, List.of(), true,
					"A salve with hemp-derived CBD in a shea butter base, for adults 21 and over.",
					"""
							Some people find this salve soothing when they rub it into the skin over sore muscles, and the \
							massaging itself feels good. Research on CBD applied to the skin for back pain is limited, and we \
							make no claim that it treats pain.""",
					"""
							Try a little on the inside of your arm first and wait a day. Then massage a small amount into the \
							skin over your sore muscles, up to twice a day. Wash your hands afterwards and keep it away from \
							your eyes. Store it out of reach of children.""",
					"""
							Only for adults aged 21 and over. Please do not use it in pregnancy or while breastfeeding.

							If you take any medication, ask your doctor or pharmacist before using it: CBD can affect how some \
							medicines, such as blood thinners, work. Not on broken or irritated skin.""",
					"A small amber jar of salve with a teal label showing a simple leaf.",
					List.of(new Variant("CBD-SALVE-30ML", "30 ml jar", "30 ml", null, 39_00, 10),
							new Variant("CBD-SALVE-60ML", "60 ml jar", "60 ml", null, 65_00, 4))),
			new Product("memory-foam-seat-cushion", "Memory-foam seat cushion", "seat-cushions", ProductTag.SEAT_CUSHION,
					List.of(CushionPlace.OFFICE_CHAIR, CushionPlace.CAR, CushionPlace.PLANE, CushionPlace.COUCH,
							CushionPlace.STADIUM),
					false, "A contoured memory-foam cushion with a washable cover that softens hard seats.",
					"""
							A hard or sagging seat can make long sitting uncomfortable. This cushion moulds to you and spreads \
							your weight, and its non-slip base keeps it in place on office chairs, car seats and stadium \
							benches.

							""" + CUSHION_HONESTY,
					"""
							Place it with the curved end at the back of the seat and sit right back. In a car, check that you \
							still reach the pedals comfortably and that the seat belt sits low across your hips; adjust the \
							seat if not. The cover comes off for washing.""",
					"""
							If you use a wheelchair every day or have had pressure sores, you need a pressure-care cushion \
							chosen with your occupational therapist, not this one.

							If sitting brings on pain that spreads down a leg, numbness or weakness, see a doctor.""",
					"A teal contoured seat cushion on a simple chair, seen from the side.",
					List.of(new Variant("SC-MEMORY-STD", "45 × 40 cm", "45 × 40 cm", null, 45_00, 16))),
			new Product("lumbar-support-cushion", "Lumbar cushion", "seat-cushions", ProductTag.SEAT_CUSHION,
					List.of(CushionPlace.OFFICE_CHAIR, CushionPlace.CAR, CushionPlace.RECLINER, CushionPlace.COUCH,
							CushionPlace.PLANE),
					false, "A curved cushion for the small of your back, with a strap to keep it on your chair.",
					"""
							This cushion fills the gap between your lower back and the back of a chair, so you can sit back \
							instead of perching. In a small study a lumbar pillow brought people's posture closer to neutral, \
							though they did not feel more comfortable for it: try it and keep it if you like it.

							""" + CUSHION_HONESTY,
					"""
							Strap it to the back of the chair at the height of the small of your back, just above your belt. \
							Sit right back against it. If it pushes you forward or feels like too much curve, move it lower or \
							choose the medium firmness.""",
					"""
							It is a cushion, not a back support or brace: do not wear it strapped to you.

							If sitting brings on pain that spreads down a leg, numbness or weakness, see a doctor.""",
					"A sage-green curved lumbar cushion with a strap, against the back of a chair.",
					List.of(new Variant("LS-CUSHION-MEDIUM", "Medium", null, "MEDIUM", 39_00, 11),
							new Variant("LS-CUSHION-FIRM", "Firm", null, "FIRM", 39_00, 2))),
			new Product("coccyx-cut-out-cushion", "Coccyx cut-out cushion", "seat-cushions", ProductTag.SEAT_CUSHION,
					List.of(CushionPlace.OFFICE_CHAIR, CushionPlace.CAR, CushionPlace.WHEELCHAIR, CushionPlace.PLANE,
							CushionPlace.STADIUM),
					false, "A firm foam cushion with a cut-out at the back, so your tailbone does not press on the seat.",
					"""
							The cut-out at the back takes pressure off your tailbone (coccyx) when you sit, which many people \
							with a sore tailbone find more comfortable, for example after a fall or after giving birth.

							""" + CUSHION_HONESTY,
					"""
							Put it on the seat with the cut-out at the back and sit right back, so your tailbone is over the \
							gap. In a car, check that you still reach the pedals and that the seat belt sits low across your \
							hips. On a wheelchair, make sure it does not raise you so high that your feet leave the footrests.""",
					"""
							It is not a pressure-care cushion: if you use a wheelchair every day or have had pressure sores, \
							choose a cushion with your occupational therapist.

							If your tailbone pain started after a fall, or comes with numbness between your legs or trouble \
							passing water, see a doctor first (numbness or trouble passing water: go to the emergency \
							department now).""",
					"A sand-coloured U-shaped seat cushion with a cut-out at the back, seen from above.",
					List.of(new Variant("CC-CUTOUT-STD", "Standard, 45 × 35 cm", "45 × 35 cm", null, 49_00, 6),
							new Variant("CC-CUTOUT-LARGE", "Large, 50 × 40 cm", "50 × 40 cm", null, 55_00, 3))));
}
