/* checksum.h -- validators for numbers and addresses that carry a check */
#ifndef COG_CHECKSUM_H
#define COG_CHECKSUM_H

#include <stddef.h>

/*
 * Every function takes n bytes at s (no NUL needed) and reads nothing
 * else.  The "check" functions return 1 when the value is valid, else 0.
 * Where separators are accepted they are spaces and dashes only.
 */

/* Luhn (mod 10) over the digits of s; separators skipped; 2+ digits. */
int cog_luhn_check(const char *s, size_t n);

/*
 * Is s a payment card number: 12-19 digits with the issuer prefix and a
 * length of a known brand?  1 when its Luhn digit checks, 2 when it does
 * not but the brand's numbers need not pass (UnionPay) or carry no check
 * digit (enRoute): such a number is a card only where words say so.
 * 0 otherwise.
 */
int cog_card_check(const char *s, size_t n);

/*
 * The brand of the card number s ("Visa", "Mastercard", "JCB", ...), as
 * cog_card_check() finds it, or NULL when that returns 0.
 */
const char *cog_card_brand(const char *s, size_t n);

/* IBAN length of a country ("DE" -> 22; case-insensitive), 0 if unknown. */
int cog_iban_length(const char *cc);

/* IBAN: known country, its exact length, mod-97 == 1; either case. */
int cog_iban_check(const char *s, size_t n);

/* UK NHS number: 10 digits, separators skipped, mod-11 check digit. */
int cog_nhs_check(const char *s, size_t n);

/*
 * US SSN: 9 digits, separators skipped; area not 000, 666 or 900-999,
 * group not 00, serial not 0000, and not a published example number
 * (078-05-1120, 219-09-9999, 123-45-6789) nor nine equal digits.
 */
int cog_ssn_check(const char *s, size_t n);

/* Is it one of the published example SSNs, or nine equal digits? */
int cog_ssn_sample(const char *s, size_t n);

/*
 * Decode Base58Check into out (at most outlen bytes); verify the 4-byte
 * double-SHA-256 checksum.  Return the payload length (version byte
 * included, checksum excluded) or -1.
 */
int cog_base58check_decode(const char *s, size_t n, unsigned char *out,
    size_t outlen);

/* Bitcoin P2PKH/P2SH address (main or test net) in Base58Check. */
int cog_btc_base58_check(const char *s, size_t n);

/*
 * Bech32 string (BIP 173/350): return 1 for a valid Bech32 checksum,
 * 2 for a valid Bech32m checksum, 0 otherwise.  Mixed case is invalid.
 */
int cog_bech32_check(const char *s, size_t n);

/* Bitcoin segwit address: hrp bc or tb, witness version and program valid. */
int cog_btc_segwit_check(const char *s, size_t n);

/* Parse a dotted quad (no leading zeros) into out; return 0 or -1. */
int cog_ipv4_parse(const char *s, size_t n, unsigned char out[4]);

/*
 * Parse an IPv6 address in any RFC 4291 text form ("::", embedded
 * dotted quad; no zone, no prefix) into out; return 0 or -1.
 */
int cog_ipv6_parse(const char *s, size_t n, unsigned char out[16]);

/*
 * The validators a user recognizer may name (--validator, "validator"):
 * COG_VALID_LUHN "luhn" (cog_luhn_check), COG_VALID_CARD "card" (a card
 * number whose Luhn digit checks), COG_VALID_IBAN "iban" or "mod97",
 * COG_VALID_NHS "nhs" or "mod11", COG_VALID_SSN "ssn", COG_VALID_BITCOIN
 * "bitcoin" (Base58Check or Bech32).  0 is none.
 */
enum {
	COG_VALID_NONE, COG_VALID_LUHN, COG_VALID_CARD, COG_VALID_IBAN,
	COG_VALID_NHS, COG_VALID_SSN, COG_VALID_BITCOIN, COG_VALID_COUNT
};
#define COG_VALIDATORS "luhn, card, iban (mod97), nhs (mod11), ssn or bitcoin"

/* The validator of a name (any case), or -1. */
int cog_validator_lookup(const char *name, size_t len);

/* The name of validator v ("luhn"), or NULL. */
const char *cog_validator_name(int v);

/* Does s pass validator v (1) or not (0)?  COG_VALID_NONE passes all. */
int cog_validate(int v, const char *s, size_t n);

#endif
