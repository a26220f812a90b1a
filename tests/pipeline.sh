# tests/pipeline.sh -- what make demo and the pipeline tests share: the
# rules, the keys of the structured data, and the types whose planted
# values must all be gone from the masked output.

PIPELINE_RULES=$TOP/tests/pipeline-rules.json

# The emulator's chats carry structured PII in "data" under these keys;
# cog-mask masks their values whole (--key NAME=TYPE).
PIPELINE_KEYS='firstName=PERSON lastName=PERSON name=PERSON
	email=EMAIL_ADDRESS phone=PHONE_NUMBER cardNumber=CREDIT_CARD
	nhsNumber=UK_NHS dob=DATE_OF_BIRTH street=STREET_ADDRESS
	city=LOCATION zip=STREET_ADDRESS ip=IP_ADDRESS mac=MAC_ADDRESS'

# The types of which no planted value may be left anywhere in
# pii_masked/.
CHECKED_TYPES='EMAIL_ADDRESS PHONE_NUMBER CREDIT_CARD IBAN_CODE US_SSN
	IP_ADDRESS URL MAC_ADDRESS CRYPTO UK_NHS US_PASSPORT DATE_OF_BIRTH'

# The types of which no planted value may be left in its own session's
# file (leakcheck.py --own-session): a name or place may be another
# session's word ("April" the month, a zip code that is an order number).
OWN_SESSION_TYPES='PERSON LOCATION STREET_ADDRESS'

# pipeline_mask_args: cog-mask's options but --rules, one word each: the
# messages are conversations (an answer to "your date of birth?" is one),
# and the keys of the structured data.
pipeline_mask_args() {
	printf ' --conversation'
	for _k in $PIPELINE_KEYS; do
		printf ' --key %s' "$_k"
	done
}

# secret: 32 random hex digits, for the keys of a run.
secret() {
	od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}
