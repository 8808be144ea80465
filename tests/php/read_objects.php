<?php
// Read .ics files with sabre/vobject (the parser of Nextcloud and Baikal; Debian's
// php-sabre-vobject) and print, as JSON, for each file: the validator's messages, the
// properties RFC 4791 4.1 rules on (METHOD; one component type and one UID per
// calendar object), and each VEVENT's UID, start and end in UTC and X-ALT-DESC text.
// Usage: php read_objects.php FILE.ics...
require 'Sabre/VObject/includes.php';

use Sabre\VObject\Reader;

$out = array();
foreach (array_slice($argv, 1) as $path) {
    $entry = array('error' => null, 'messages' => array(), 'method' => null,
                   'types' => array(), 'uids' => array(), 'events' => array());
    try {
        $calendar = Reader::read(file_get_contents($path));
        foreach ($calendar->validate() as $message) {
            $entry['messages'][] = $message['message'];
        }
        $entry['method'] = isset($calendar->METHOD) ? (string)$calendar->METHOD : null;
        foreach ($calendar->children() as $child) {
            if ($child instanceof Sabre\VObject\Component && $child->name !== 'VTIMEZONE') {
                $entry['types'][$child->name] = true;
                $entry['uids'][(string)$child->UID] = true;
            }
        }
        foreach ($calendar->select('VEVENT') as $event) {
            $times = array();
            foreach (array('DTSTART', 'DTEND') as $name) {
                $value = $event->$name->getDateTime();
                $value->setTimezone(new DateTimeZone('UTC'));
                $times[$name] = $event->$name->getDateType() === Sabre\VObject\Property\DateTime::DATE
                    ? $value->format('Y-m-d') : $value->format('Y-m-d\TH:i:s\Z');
            }
            $entry['events'][] = array(
                'uid' => (string)$event->UID,
                'start' => $times['DTSTART'],
                'end' => $times['DTEND'],
                'alt' => isset($event->{'X-ALT-DESC'}) ? (string)$event->{'X-ALT-DESC'} : null,
            );
        }
        $entry['types'] = array_keys($entry['types']);
        $entry['uids'] = array_keys($entry['uids']);
    } catch (Exception $e) {
        $entry['error'] = get_class($e) . ': ' . $e->getMessage();
    }
    $out[$path] = $entry;
}
echo json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
