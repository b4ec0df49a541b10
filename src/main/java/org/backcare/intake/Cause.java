package org.backcare.intake;

/** Causes of back pain a client can name (fact sheet 1.6). The names are part of the API. */
public enum Cause {

	MUSCLE_STRAIN, HERNIATED_DISC, ARTHRITIS, OSTEOPOROSIS, SCOLIOSIS, SPONDYLOLISTHESIS, LORDOSIS, PREGNANCY, UNKNOWN
}
