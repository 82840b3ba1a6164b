import type {Lexicon} from '../types.js'

/**
 * Words for people and groups of people. A What For speaks of them; a plan
 * that only speaks of numbers does not. Mass and metric words (fans,
 * viewers, subscribers, audience) are left out on purpose: they count people
 * rather than speak of them.
 */
export const people: Lexicon = {
  category: 'people',
  entries: [
    'people', 'person', 'everyone', 'everybody', 'anyone', 'someone', 'nobody', 'no one',
    'customer', 'client', 'user', 'member', 'reader', 'listener',
    'resident', 'neighbour', 'neighbor', 'neighbourhood', 'neighborhood', 'citizen', 'local', 'community',
    'family', 'parent', 'mum', 'mom', 'dad', 'child', 'children', 'kid', 'teen', 'teenager', 'young people', 'youth',
    'student', 'pupil', 'learner', 'graduate', 'teacher', 'school', 'patient', 'carer', 'caregiver', 'nurse', 'doctor',
    'volunteer', 'donor', 'supporter', 'founder', 'entrepreneur', 'owner', 'maker', 'developer', 'contributor',
    'maintainer', 'employee', 'staff', 'worker', 'colleague', 'farmer', 'grower', 'gardener', 'artist',
    'musician', 'writer', 'rider', 'runner', 'player', 'visitor', 'guest', 'traveller',
    'tenant', 'homeowner', 'buyer', 'shopper', 'commuter', 'driver', 'pensioner', 'retiree', 'older people',
    'veteran', 'refugee', 'newcomer', 'beginner', 'women', 'woman', 'men', 'man', 'girl', 'boy', 'human',
    'individual', 'household', 'adult', 'senior', 'survivor', 'mentor', 'apprentice', 'trainee',
    'researcher', 'scientist', 'engineer', 'designer', 'freelancer', 'knitter', 'baker', 'cook', 'chef',
    'public', 'constituent', 'voter', 'member of the public', 'stakeholder',
    'partner', 'supplier', 'them', 'they', 'whoever', 'those who'
  ].map((phrase) => ({phrase}))
}
