/*
 * CSHA256: the SHA-256 block function on the x86 SHA extensions, for CityVoice's
 * `SHA256` (Sources/CityVoice/Support/SHA256.swift), which falls back to its own
 * Swift block function when these are unavailable.
 *
 * Written for CityVoice from FIPS 180-4 and Intel's description of the SHA
 * extensions (SHA256RNDS2, SHA256MSG1, SHA256MSG2).
 */
#ifndef CSHA256_H
#define CSHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Whether this CPU can run `csha256_compress_blocks`: the SHA extensions plus SSSE3 and
/// SSE4.1. Always false on architectures other than x86-64.
bool csha256_hardware_available(void);

/// Runs the SHA-256 compression function over `count` consecutive 64-byte blocks at `blocks`
/// (any alignment), updating `state` (the eight words H0…H7, in order), with the round
/// constants K0…K63 of FIPS 180-4 §4.2.2 at `k` (the Swift side's table, so they are
/// written once).
///
/// Call it only when `csha256_hardware_available()` returned true; elsewhere it traps.
void csha256_compress_blocks(uint32_t state[8], const void *blocks, size_t count, const uint32_t k[64]);

#ifdef __cplusplus
}
#endif

#endif
