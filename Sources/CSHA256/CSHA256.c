/*
 * CSHA256.c: the SHA-256 compression function on the x86 SHA extensions.
 *
 * Written for CityVoice from FIPS 180-4 (the algorithm: §4.1.2 functions, §4.2.2
 * constants, §6.2.2 computation) and Intel's description of the SHA extensions
 * (the SHA256RNDS2, SHA256MSG1 and SHA256MSG2 instructions and the state layout they
 * expect). The portable Swift block function in SHA256.swift is the fallback and the
 * tests check the two against each other and against the plain reference.
 *
 * The round constants come from the Swift side's table (`SHA256.k`), so they are written once.
 *
 * Only the accelerated functions carry the `target` attribute (`CSHA256_TARGET`), so the
 * package needs no global compiler flags and the binary still runs on CPUs without the
 * extensions.
 */
#include "CSHA256.h"

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>

bool csha256_hardware_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
    const bool ssse3 = (ecx >> 9) & 1;
    const bool sse41 = (ecx >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return false;
    const bool sha = (ebx >> 29) & 1;
    return ssse3 && sse41 && sha;
}

#define CSHA256_TARGET __attribute__((target("sha,sse4.1,ssse3")))

/*
 * Four rounds. `words` holds W[t…t+3]; `abef` and `cdgh` hold the working variables in the
 * order SHA256RNDS2 wants them (lane 3 down to lane 0: a b e f and c d g h). Each
 * SHA256RNDS2 does two rounds with the low two lanes of W+K and returns the new a b e f;
 * the old a b e f are then the new c d g h, which is why the two registers trade places
 * between the two halves and are back in their roles after four rounds.
 */
CSHA256_TARGET
static inline void four_rounds(__m128i *abef, __m128i *cdgh, __m128i words, const uint32_t *k, int t) {
    __m128i wk = _mm_add_epi32(words, _mm_loadu_si128((const __m128i *)&k[t]));
    *cdgh = _mm_sha256rnds2_epu32(*cdgh, *abef, wk);
    wk = _mm_shuffle_epi32(wk, 0x0E); /* lanes 2 and 3 down to 0 and 1 */
    *abef = _mm_sha256rnds2_epu32(*abef, *cdgh, wk);
}

/*
 * W[t…t+3] for t = 16…63 from the sixteen words before them (FIPS 180-4 §6.2.2 step 1):
 * W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16].
 * SHA256MSG1 adds the σ0 terms to W[t-16…t-13]; ALIGNR picks W[t-7…t-4] out of the two
 * middle vectors; SHA256MSG2 adds the σ1 terms, using the two words it has just made
 * for the upper two lanes.
 */
CSHA256_TARGET
static inline __m128i next_words(__m128i w16, __m128i w12, __m128i w8, __m128i w4) {
    __m128i partial = _mm_sha256msg1_epu32(w16, w12);
    partial = _mm_add_epi32(partial, _mm_alignr_epi8(w4, w8, 4));
    return _mm_sha256msg2_epu32(partial, w4);
}

CSHA256_TARGET
void csha256_compress_blocks(uint32_t state[8], const void *blocks, size_t count, const uint32_t k[64]) {
    /* Reverses the bytes of each 32-bit lane: message words are big-endian. */
    const __m128i big_endian = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);

    /* H0…H7 into the ABEF / CDGH layout. */
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);    /* lanes 3…0: d c b a */
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);    /* lanes 3…0: h g f e */
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);                   /* c d a b */
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);                   /* e f g h */
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);                  /* a b e f */
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);               /* c d g h */

    const unsigned char *block = (const unsigned char *)blocks;
    for (size_t n = 0; n < count; n++, block += 64) {
        const __m128i saved_abef = abef, saved_cdgh = cdgh;

        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 0)), big_endian);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 16)), big_endian);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 32)), big_endian);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 48)), big_endian);

        /* Rounds 0…47, each group of four making the words sixteen rounds ahead. */
        for (int t = 0; t < 48; t += 16) {
            four_rounds(&abef, &cdgh, w0, k, t);
            w0 = next_words(w0, w1, w2, w3);
            four_rounds(&abef, &cdgh, w1, k, t + 4);
            w1 = next_words(w1, w2, w3, w0);
            four_rounds(&abef, &cdgh, w2, k, t + 8);
            w2 = next_words(w2, w3, w0, w1);
            four_rounds(&abef, &cdgh, w3, k, t + 12);
            w3 = next_words(w3, w0, w1, w2);
        }
        /* Rounds 48…63 use the last sixteen words; none are needed beyond them. */
        four_rounds(&abef, &cdgh, w0, k, 48);
        four_rounds(&abef, &cdgh, w1, k, 52);
        four_rounds(&abef, &cdgh, w2, k, 56);
        four_rounds(&abef, &cdgh, w3, k, 60);

        abef = _mm_add_epi32(abef, saved_abef);
        cdgh = _mm_add_epi32(cdgh, saved_cdgh);
    }

    /* Back from ABEF / CDGH to H0…H7. */
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);                   /* lanes 3…0: f e b a */
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);                   /* d c h g */
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);                       /* d c b a */
    hgfe = _mm_alignr_epi8(dchg, feba, 8);                          /* h g f e */
    _mm_storeu_si128((__m128i *)&state[0], dcba);
    _mm_storeu_si128((__m128i *)&state[4], hgfe);
}

#else

bool csha256_hardware_available(void) { return false; }

void csha256_compress_blocks(uint32_t state[8], const void *blocks, size_t count, const uint32_t k[64]) {
    (void)state;
    (void)blocks;
    (void)count;
    (void)k;
    __builtin_trap(); /* unreachable: callers check csha256_hardware_available() first */
}

#endif
